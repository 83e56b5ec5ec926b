import { formatDay, parseDay } from '../demo/dates';

/**
 * Deterministic detail the demo records do not carry (a time of day for a date, a country for a
 * region), chosen by hashing a record's id: same id, same detail, whatever the run.
 */

/** FNV-1a, 32 bits: cheap and well spread for short ids. */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function pickBy<T>(key: string, items: readonly T[]): T {
  const item = items[hashOf(key) % items.length];
  if (item === undefined) throw new Error('pickBy() from an empty list');
  return item;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM:SS` on `day`, in office hours (08:00-17:59), as a Salesforce export writes instants. */
export function stampOn(day: string, key: string): string {
  const seconds = 8 * 3600 + (hashOf(key) % (10 * 3600));
  return `${day} ${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
}

/** `day` (YYYY-MM-DD) moved by `days`. */
export const shiftDay = (day: string, days: number): string => formatDay(parseDay(day) + days);

export const earliest = (a: string, b: string): string => (a < b ? a : b);
