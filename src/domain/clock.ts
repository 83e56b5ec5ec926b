/** Time comes in from outside so that every answer can be reproduced for a given instant. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * 86_400_000);
}
