/** A mapping file, folder or option that cannot work: said before anything is read or written. */
export class ImportSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportSetupError';
  }
}
