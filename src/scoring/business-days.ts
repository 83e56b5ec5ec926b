import Holidays from 'date-holidays';
import { shiftDay } from './health-parts';

/**
 * Business days of one place: Monday to Friday, less the public holidays of its country from
 * the maintained `date-holidays` calendars (public and bank holidays, substitute days included),
 * counted in its time zone. Play steps and calendar touchpoints land on these days.
 */
export interface BusinessCalendar {
  /** ISO 3166-1 alpha-2 country whose holidays are skipped; null: weekends only. */
  country: string | null;
  /** IANA time zone in which "today" is read. */
  timeZone: string;
  isBusinessDay(day: string): boolean;
  /** The holiday's name on `day`, if it is one. */
  holiday(day: string): string | null;
  /** The day itself on a business day, else the next one. */
  onOrAfter(day: string): string;
  /** The day itself on a business day, else the one before. */
  onOrBefore(day: string): string;
}

const HOLIDAY_TYPES = new Set(['public', 'bank']);
/** Holidays per country and year, read once per process: the library computes them from rules. */
const cache = new Map<string, Map<string, string>>();

function holidaysOf(country: string, year: number): Map<string, string> {
  const key = `${country}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Map();
    for (const h of new Holidays(country).getHolidays(year)) {
      if (HOLIDAY_TYPES.has(h.type) && !days.has(h.date.slice(0, 10))) days.set(h.date.slice(0, 10), h.name);
    }
    cache.set(key, days);
  }
  return days;
}

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function businessCalendar(country: string | null, timeZone = 'UTC'): BusinessCalendar {
  const holiday = (day: string): string | null =>
    country === null ? null : (holidaysOf(country, Number(day.slice(0, 4))).get(day) ?? null);
  const isBusinessDay = (day: string): boolean => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && holiday(day) === null;
  };
  const walk = (day: string, step: 1 | -1): string => {
    let d = day;
    // A fortnight without a business day does not happen; the bound only stops a bad calendar.
    for (let i = 0; i < 14 && !isBusinessDay(d); i += 1) d = shiftDay(d, step);
    return d;
  };
  return {
    country,
    timeZone,
    isBusinessDay,
    holiday,
    onOrAfter: (day) => walk(day, 1),
    onOrBefore: (day) => walk(day, -1),
  };
}

/** Weekends only, no holidays, UTC: what a caller without an account's place gets. */
export const WEEKDAYS_ONLY: BusinessCalendar = businessCalendar(null);
