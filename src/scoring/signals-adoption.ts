import type { ExpansionConfig } from '../config/analytics/signals';
import { round } from './score-parts';
import { ownSnapshots, type SubscriptionUsage, type UsageSnapshotFact } from './signals-facts';
import { DAYS_PER_MONTH, linearFit } from './signals-fit';

export interface AdoptionDetail {
  /** featuresAdopted / featuresAvailable on the first and last snapshot used. */
  fromRatio: number;
  toRatio: number;
  /** Slope of the least-squares line through the ratios, per month (0.01 = one point a month). */
  velocityPerMonth: number;
  minVelocityPerMonth: number;
  snapshots: UsageSnapshotFact[];
}

function ratioOf(s: UsageSnapshotFact): number | null {
  if (s.featuresAdopted === null || s.featuresAvailable === null || s.featuresAvailable <= 0) return null;
  return s.featuresAdopted / s.featuresAvailable;
}

/** Adoption climbing at least `minVelocityPerMonth`, fitted over the last `fitSnapshots` snapshots that count features. */
export function adoptionVelocity(
  usage: SubscriptionUsage,
  config: ExpansionConfig['adoption'],
): AdoptionDetail | null {
  const used = ownSnapshots(usage)
    .filter((s) => ratioOf(s) !== null)
    .slice(-config.fitSnapshots);
  const fit = linearFit(used.map((s) => ({ date: s.date, value: ratioOf(s)! })));
  const first = used[0];
  const last = used[used.length - 1];
  if (fit === null || !first || !last) return null;
  const velocityPerMonth = fit.slopePerDay * DAYS_PER_MONTH;
  if (velocityPerMonth < config.minVelocityPerMonth) return null;
  return {
    fromRatio: round(ratioOf(first)!),
    toRatio: round(ratioOf(last)!),
    velocityPerMonth: round(velocityPerMonth, 4),
    minVelocityPerMonth: config.minVelocityPerMonth,
    snapshots: used,
  };
}
