import type { UsageSnapshotRecord } from '../../src/domain/graph-records';
import { FEATURES_AVAILABLE } from './catalog';
import { addMonths, firstOfMonth, formatDay, monthsBetween, parseDay } from './dates';
import { ids } from './ids';
import { clamp, lerp } from './numbers';
import type { Random } from './random';
import type { SubscriptionDraft } from './subscriptions';
import type { GenerationContext, UsageAnchor } from './types';

/** At most two years of monthly snapshots, dated the first of each month. */
const MAX_MONTHS_BACK = 23;

/**
 * Monthly snapshots for every active subscription since it started (at most two years back).
 * Curves pass exactly through their anchors, so the latest snapshot equals seatsUsed.
 */
export function generateUsage(
  ctx: GenerationContext,
  drafts: SubscriptionDraft[],
  rng: Random,
): UsageSnapshotRecord[] {
  const latestMonth = firstOfMonth(ctx.asOfDay);
  return drafts.flatMap((draft) => {
    const { record } = draft;
    if (record.status !== 'ACTIVE') return [];
    const start = parseDay(record.startDate);
    const firstMonth = start === firstOfMonth(start) ? start : addMonths(firstOfMonth(start), 1);
    const monthsBack = Math.min(MAX_MONTHS_BACK, monthsBetween(firstMonth, latestMonth));
    const noise = rng.fork(record.id);
    const available = FEATURES_AVAILABLE[record.productId] ?? null;
    const snapshots: UsageSnapshotRecord[] = [];
    for (let monthsAgo = monthsBack; monthsAgo >= 0; monthsAgo -= 1) {
      const month = addMonths(latestMonth, -monthsAgo);
      const progress = monthsBack === 0 ? 1 : 1 - monthsAgo / monthsBack;
      snapshots.push({
        id: ids.usage(record.id, month),
        subscriptionId: record.id,
        businessUnitId: record.businessUnitId,
        date: formatDay(month),
        licensedSeats: record.seatsLicensed,
        activeSeats: activeSeatsAt(draft, monthsAgo, noise),
        featuresAdopted:
          available === null
            ? null
            : Math.round(available * lerp(draft.adoption[0], draft.adoption[1], progress)),
        featuresAvailable: available,
      });
    }
    return snapshots;
  });
}

function activeSeatsAt(draft: SubscriptionDraft, monthsAgo: number, rng: Random): number {
  const anchors = draft.usage;
  const exact = anchors.find(([at]) => at === monthsAgo);
  if (exact) return exact[1];
  const value = interpolate(anchors, monthsAgo) * (1 + rng.normal(0, draft.noise));
  return Math.round(clamp(value, 0, draft.record.seatsLicensed));
}

/** Anchors are sorted oldest first (largest monthsAgo); flat beyond either end. */
function interpolate(anchors: readonly UsageAnchor[], monthsAgo: number): number {
  const first = anchors[0];
  if (!first) return 0;
  if (monthsAgo >= first[0]) return first[1];
  for (let i = 1; i < anchors.length; i += 1) {
    const older = anchors[i - 1] as UsageAnchor;
    const newer = anchors[i] as UsageAnchor;
    if (monthsAgo >= newer[0]) {
      return lerp(older[1], newer[1], (older[0] - monthsAgo) / (older[0] - newer[0]));
    }
  }
  return (anchors[anchors.length - 1] as UsageAnchor)[1];
}
