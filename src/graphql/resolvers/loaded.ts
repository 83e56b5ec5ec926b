/** What DataLoader.loadMany returned, minus the misses (ids that no longer resolve). */
export function loaded<T>(values: readonly (T | null | Error)[]): T[] {
  const found: T[] = [];
  for (const value of values) {
    if (value instanceof Error) throw value;
    if (value !== null) found.push(value);
  }
  return found;
}
