import { isoDate, type Clock } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';

/** The instant a reading is taken at, and the calendar day roles and departures are judged on. */
export interface AsOf {
  now: Date;
  day: string;
}

/**
 * `asOf` is a calendar date: everything that happened on it counts, so strength is measured at
 * the end of that day (UTC). Without one, or for today, it is now. A date in the future is refused: nothing
 * is known about it yet.
 */
export function resolveAsOf(asOf: string | null | undefined, clock: Clock): AsOf {
  const now = clock();
  if (asOf === null || asOf === undefined || asOf === isoDate(now)) return { now, day: isoDate(now) };
  if (asOf > isoDate(now)) {
    throw new BadInputError(`asOf ${asOf} is in the future`, { field: 'asOf' });
  }
  return { now: endOfDay(asOf), day: asOf };
}

/** The last millisecond of a day (UTC): an interaction at midnight belongs to the day it starts. */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000 - 1);
}

export function dayBefore(day: string): string {
  return isoDate(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));
}
