/** Converts one text value to a typed one; a failure says why in words an operator can act on. */
export type Converted<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const fail = (reason: string): Converted<never> => ({ ok: false, reason });

export function toInteger(text: string): Converted<number> {
  if (!/^[+-]?\d+(\.0+)?$/.test(text)) return fail('not a whole number');
  const value = Number(text);
  return Number.isSafeInteger(value) ? ok(value) : fail('number too large');
}

export function toNumber(text: string): Converted<number> {
  // Number('') is 0 and Number('0x1A') is 26: neither is a number an export means.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return fail('not a number');
  return ok(Number(text));
}

const TRUE = new Set(['true', '1', 'yes', 'y', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', 'f']);

export function toBoolean(text: string): Converted<boolean> {
  const lower = text.toLowerCase();
  if (TRUE.has(lower)) return ok(true);
  if (FALSE.has(lower)) return ok(false);
  return fail('not a boolean (expected true/false, 1/0 or yes/no)');
}

interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; null when the text names no zone (read as UTC). */
  offset: number | null;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return null;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

function fraction(digits: string | undefined): number {
  return digits === undefined ? 0 : Math.floor(Number(`0.${digits}`) * 1000);
}

function parseIso(text: string): Moment | null {
  const m = ISO.exec(text);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: fraction(m[7]),
    offset: offsetMinutes(m[8]),
  };
}

const FORMAT_TOKENS: Record<string, { pattern: string; part: keyof Moment }> = {
  YYYY: { pattern: '(\\d{4})', part: 'year' },
  MM: { pattern: '(\\d{2})', part: 'month' },
  M: { pattern: '(\\d{1,2})', part: 'month' },
  DD: { pattern: '(\\d{2})', part: 'day' },
  D: { pattern: '(\\d{1,2})', part: 'day' },
  HH: { pattern: '(\\d{2})', part: 'hour' },
  H: { pattern: '(\\d{1,2})', part: 'hour' },
  mm: { pattern: '(\\d{2})', part: 'minute' },
  ss: { pattern: '(\\d{2})', part: 'second' },
  SSS: { pattern: '(\\d{3})', part: 'millisecond' },
};

const formatCache = new Map<string, { regex: RegExp; parts: (keyof Moment)[] }>();

function compileFormat(format: string): { regex: RegExp; parts: (keyof Moment)[] } {
  const cached = formatCache.get(format);
  if (cached) return cached;
  const parts: (keyof Moment)[] = [];
  const source = format.replace(/YYYY|MM|M|DD|D|HH|H|mm|ss|SSS|[.*+?^${}()|[\]\\]/g, (token) => {
    const known = FORMAT_TOKENS[token];
    if (!known) return `\\${token}`;
    parts.push(known.part);
    return known.pattern;
  });
  const compiled = { regex: new RegExp(`^${source}$`), parts };
  formatCache.set(format, compiled);
  return compiled;
}

function parseWithFormat(text: string, format: string): Moment | null {
  const { regex, parts } = compileFormat(format);
  const m = regex.exec(text);
  if (!m) return null;
  const moment: Moment = {
    year: 0,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    offset: null,
  };
  parts.forEach((part, i) => ((moment as unknown as Record<string, number>)[part] = Number(m[i + 1])));
  return moment;
}

/** Days in a month of the proleptic Gregorian calendar (what Date.UTC counts with). */
function daysInMonthOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValid(m: Moment): boolean {
  // Date.UTC reads years 0-99 as 1900-1999: their month lengths are those years' (as before).
  const daysInMonth = daysInMonthOf(m.year < 100 && m.year >= 0 ? 1900 + m.year : m.year, m.month);
  return (
    m.month >= 1 &&
    m.month <= 12 &&
    m.day >= 1 &&
    m.day <= daysInMonth &&
    m.hour <= 23 &&
    m.minute <= 59 &&
    m.second <= 59
  );
}

function readMoment(text: string, format: string | undefined): Converted<Moment> {
  const moment = format === undefined ? parseIso(text) : parseWithFormat(text, format);
  if (!moment)
    return fail(`not a date${format === undefined ? ' (expected YYYY-MM-DD)' : ` in format ${format}`}`);
  if (!isValid(moment)) return fail('not a real calendar date');
  return ok(moment);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`; a time of day in the text is dropped (the calendar date as written is kept). */
export function toDate(text: string, format?: string): Converted<string> {
  const read = readMoment(text, format);
  if (!read.ok) return read;
  const { year, month, day } = read.value;
  return ok(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/** An ISO instant in UTC. Text without a zone is read as UTC, as Salesforce exports are. */
export function toDateTime(text: string, format?: string): Converted<string> {
  const read = readMoment(text, format);
  if (!read.ok) return read;
  const m = read.value;
  // Text without a zone is already the UTC instant: written out directly, as toISOString would
  // (years below 100 excepted, which Date.UTC reads as 19xx).
  if (m.offset === null && m.year >= 100) {
    return ok(
      `${pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}T${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)}.${pad(m.millisecond, 3)}Z`,
    );
  }
  const utc = Date.UTC(m.year, m.month - 1, m.day, m.hour, m.minute, m.second, m.millisecond);
  return ok(new Date(utc - (m.offset ?? 0) * 60_000).toISOString());
}
