import { DAY_MS } from './score-parts';

/** Average days in a month, to turn a per-day rate into a per-month one. */
export const DAYS_PER_MONTH = 30.4375;

export interface LinearFit {
  /** Change in y per day. */
  slopePerDay: number;
  /** y on the first point's date. */
  intercept: number;
  points: number;
}

export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` minus whole calendar months (day clamped to the target month's length). */
export function monthsBefore(day: string, months: number): string {
  const date = new Date(Date.parse(day.slice(0, 10)));
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Ordinary least squares of y over time (x = days since the first point). Null with fewer than
 * two points or all points on one day: no rate can be read from them.
 */
export function linearFit(points: readonly { date: string; value: number }[]): LinearFit | null {
  const first = points[0];
  if (points.length < 2 || !first) return null;
  const xs = points.map((p) => daysBetween(first.date, p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const dx = (xs[i] ?? 0) - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  });
  if (sxx === 0) return null;
  const slopePerDay = sxy / sxx;
  return { slopePerDay, intercept: meanY - slopePerDay * meanX, points: points.length };
}
