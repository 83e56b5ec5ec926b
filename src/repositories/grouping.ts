/** Groups rows by a key, keeping every requested key (an id with no rows maps to []). */
export function groupRows<R, T>(
  keys: readonly string[],
  rows: readonly R[],
  keyOf: (row: R) => string,
  valueOf: (row: R) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(valueOf(row));
  return groups;
}
