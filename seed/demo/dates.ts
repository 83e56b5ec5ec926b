/**
 * Calendar arithmetic on UTC day numbers (whole days since 1970-01-01), so neither the host's
 * time zone nor its clock can leak into the generated data.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY : NaN;
  // Date.UTC silently rolls 2025-02-30 over to March; the round trip catches that.
  if (!Number.isInteger(day) || formatDay(day) !== iso) {
    throw new Error(`Expected a calendar date as YYYY-MM-DD, got "${iso}"`);
  }
  return day;
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function formatInstant(day: Day, minuteOfDay: number): string {
  return new Date(day * MS_PER_DAY + minuteOfDay * 60_000).toISOString();
}

/** Same day of month `months` later (or earlier), clamped to the end of shorter months. */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / MS_PER_DAY;
}

export function firstOfMonth(day: Day): Day {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY;
}

/** Whole calendar months from the month of `from` to the month of `to`. */
export function monthsBetween(from: Day, to: Day): number {
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Calendar quarter 1-4. */
export function quarterOf(day: Day): number {
  return Math.floor(new Date(day * MS_PER_DAY).getUTCMonth() / 3) + 1;
}

/** Business happens on weekdays: a weekend day moves back to Friday. */
export function previousWeekday(day: Day): Day {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 6) return day - 1;
  if (weekday === 0) return day - 2;
  return day;
}
