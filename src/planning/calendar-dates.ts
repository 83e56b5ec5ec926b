import { BadInputError } from '../domain/errors';
import type { BusinessCalendar } from '../scoring/business-days';
import { shiftDay } from '../scoring/health-parts';

export { shiftDay } from '../scoring/health-parts';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 0 Sunday … 6 Saturday. */
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWeekend(day: string): boolean {
  const d = weekday(day);
  return d === 0 || d === 6;
}

/** The day itself on a working day, else the Monday after: when something should start. */
export function nextWorkingDay(day: string): string {
  const d = weekday(day);
  return d === 6 ? shiftDay(day, 2) : d === 0 ? shiftDay(day, 1) : day;
}

/** The day itself on a working day, else the Friday before: when something due must be done by. */
export function previousWorkingDay(day: string): string {
  const d = weekday(day);
  return d === 6 ? shiftDay(day, -1) : d === 0 ? shiftDay(day, -2) : day;
}

/** The calendar day of an ISO instant (UTC). */
export function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

/** A `YYYY-MM-DD` argument that is a real date, or a BAD_USER_INPUT naming the field. */
export function checkDay(value: string, field: string): string {
  const valid =
    DAY_PATTERN.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    shiftDay(value, 0) === value;
  if (!valid) {
    throw new BadInputError(`${field} must be a date written YYYY-MM-DD, not '${value}'`, { field });
  }
  return value;
}

/** The days a calendar plans over: nothing before `asOf`, everything placed in [from, to]. */
export interface PlanWindow {
  asOf: string;
  from: string;
  to: string;
  workingDaysOnly: boolean;
  /** The account's business days (public holidays of its country too); weekends only when absent. */
  days?: BusinessCalendar;
}

export interface Placement {
  date: string;
  /** Days the rule date lies before asOf; null when it is not overdue. */
  overdueDays: number | null;
}

function overdue(rule: string | null, window: PlanWindow): number | null {
  return rule !== null && rule < window.asOf ? daysFrom(rule, window.asOf) : null;
}

/**
 * When something should start: on its rule date, or on the window's first day when the rule date
 * is earlier or unknown ("as soon as possible"); a weekend moves it to the Monday after. Null when
 * it falls after the window.
 */
export function placeStart(rule: string | null, window: PlanWindow): Placement | null {
  const base = rule === null || rule < window.from ? window.from : rule;
  if (base > window.to) return null;
  return { date: workingDayWithin(base, window, 'forward'), overdueDays: overdue(rule, window) };
}

/**
 * When something due must be done by: its due date (a weekend moves it to the Friday before, but
 * not out of the window). A due date already past on asOf is overdue and carried to the window's
 * first working day; one between asOf and the window's start belongs to an earlier window (null),
 * as does one after the window.
 */
export function placeDeadline(rule: string, window: PlanWindow): Placement | null {
  if (rule > window.to) return null;
  if (rule < window.asOf) {
    const start = placeStart(window.from, window);
    return start === null ? null : { date: start.date, overdueDays: daysFrom(rule, window.asOf) };
  }
  if (rule < window.from) return null;
  return { date: workingDayWithin(rule, window, 'back'), overdueDays: null };
}

/**
 * A weekend day moved to a working day (`first` that way, the other way if that leaves the
 * window); the day itself when the window has no working day to offer.
 */
function workingDayWithin(day: string, window: PlanWindow, first: 'forward' | 'back'): string {
  if (!window.workingDaysOnly) return day;
  const days = window.days;
  const after = days ? (d: string) => days.onOrAfter(d) : nextWorkingDay;
  const before = days ? (d: string) => days.onOrBefore(d) : previousWorkingDay;
  const ways = first === 'forward' ? [after, before] : [before, after];
  return ways.map((move) => move(day)).find((d) => d >= window.from && d <= window.to) ?? day;
}
