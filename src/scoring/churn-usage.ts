import type { ChurnConfig } from '../config/analytics/signals';
import { round } from './score-parts';
import { ownSnapshots, type SubscriptionUsage, type UsageSnapshotFact } from './signals-facts';
import { monthsBefore } from './signals-fit';

export interface UsageDeclineDetail {
  peakDate: string;
  peakActiveSeats: number;
  latestDate: string;
  latestActiveSeats: number;
  /** (peak − latest) / peak. */
  decline: number;
  minDecline: number;
  /** The window's snapshots, oldest first. */
  snapshots: UsageSnapshotFact[];
}

/**
 * Active seats down at least `minDecline` from their peak within the `windowMonths` before the
 * latest snapshot. The decline began at the peak (the last snapshot at the peak value when it
 * repeats).
 */
export function usageDecline(
  usage: SubscriptionUsage,
  config: ChurnConfig['usageDecline'],
): UsageDeclineDetail | null {
  const snapshots = ownSnapshots(usage);
  const latest = snapshots[snapshots.length - 1];
  if (!latest) return null;
  const from = monthsBefore(latest.date, config.windowMonths);
  const window = snapshots.filter((s) => s.date >= from);
  let peak = latest;
  for (const s of window) if (s.activeSeats >= peak.activeSeats) peak = s;
  if (peak.activeSeats <= 0) return null;
  const decline = (peak.activeSeats - latest.activeSeats) / peak.activeSeats;
  if (decline < config.minDecline) return null;
  return {
    peakDate: peak.date,
    peakActiveSeats: peak.activeSeats,
    latestDate: latest.date,
    latestActiveSeats: latest.activeSeats,
    decline: round(decline),
    minDecline: config.minDecline,
    snapshots: window,
  };
}
