import type { SubscriptionUsage, UsageSnapshotFact } from '../domain/signal-facts';

export type {
  UsageSnapshotFact,
  SubscriptionUsage,
  HiringFacts,
  SignalPerson,
  TicketFact,
  NpsFact,
  RoleDepartureFact,
} from '../domain/signal-facts';

/**
 * The snapshots that measure the subscription itself: those of its own unit (or of no unit).
 * Snapshots recorded for another unit break its use down by unit (see usage asymmetry) and
 * would otherwise be read as the subscription's totals.
 */
export function ownSnapshots(usage: SubscriptionUsage): UsageSnapshotFact[] {
  return usage.snapshots.filter(
    (s) => s.businessUnitId === null || s.businessUnitId === usage.businessUnitId,
  );
}
