import type { ExpansionConfig } from '../config/analytics/signals';
import { round } from './score-parts';
import { ownSnapshots, type SubscriptionUsage, type UsageSnapshotFact } from './signals-facts';
import { addDays, DAYS_PER_MONTH, linearFit } from './signals-fit';

export interface CapacityDetail {
  licensedSeats: number;
  activeSeats: number;
  /** activeSeats / licensedSeats on the latest snapshot. */
  utilisation: number;
  threshold: number;
  /** Active seats gained per month: the slope of the least-squares line through `snapshots`. */
  growthPerMonth: number | null;
  /** The day active seats reach licensed seats at that rate, from the latest snapshot. */
  projectedFullAt: string | null;
  /** `conversationLeadDays` before the projected date: when to raise the capacity conversation. */
  raiseConversationBy: string | null;
  /** Why there is no projection, or that the ceiling is already reached. */
  note: string | null;
  /** The snapshots the rate was fitted to, oldest first. */
  snapshots: UsageSnapshotFact[];
}

/**
 * A subscription at or above the utilisation threshold on its latest snapshot, with when it will
 * be full. The rate is a straight line through the last `fitSnapshots` snapshots; the projection
 * starts from the latest one: latest date + (licensed − active) / (seats per day), rounded up to
 * a whole day.
 */
export function seatCapacity(
  usage: SubscriptionUsage,
  config: ExpansionConfig['capacity'],
): CapacityDetail | null {
  const snapshots = ownSnapshots(usage);
  const latest = snapshots[snapshots.length - 1];
  if (!latest || latest.licensedSeats <= 0) return null;
  const utilisation = latest.activeSeats / latest.licensedSeats;
  if (utilisation < config.threshold) return null;
  const used = snapshots.slice(-config.fitSnapshots);
  const fit = linearFit(used.map((s) => ({ date: s.date, value: s.activeSeats })));
  const base = {
    licensedSeats: latest.licensedSeats,
    activeSeats: latest.activeSeats,
    utilisation: round(utilisation),
    threshold: config.threshold,
    growthPerMonth: fit === null ? null : round(fit.slopePerDay * DAYS_PER_MONTH, 1),
    snapshots: used,
  };
  if (latest.activeSeats >= latest.licensedSeats) {
    const reached = used.find((s) => s.activeSeats >= s.licensedSeats) ?? latest;
    return {
      ...base,
      projectedFullAt: reached.date,
      raiseConversationBy: null,
      note: `Already at or over the licensed seats since ${reached.date}`,
    };
  }
  if (fit === null) {
    return {
      ...base,
      projectedFullAt: null,
      raiseConversationBy: null,
      note: 'One snapshot: no growth rate',
    };
  }
  if (fit.slopePerDay <= 0) {
    return {
      ...base,
      projectedFullAt: null,
      raiseConversationBy: null,
      note: 'Not growing: no date for 100%',
    };
  }
  const days = Math.ceil((latest.licensedSeats - latest.activeSeats) / fit.slopePerDay);
  const projectedFullAt = addDays(latest.date, days);
  return {
    ...base,
    projectedFullAt,
    raiseConversationBy: addDays(projectedFullAt, -config.conversationLeadDays),
    note: null,
  };
}
