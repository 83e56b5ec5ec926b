import type { CompetitorPresenceRecord } from '../../src/domain/graph-records';
import { unitFor, type Unit } from './business-units';
import { formatDay } from './dates';
import type { Random } from './random';
import type { SubscriptionDraft } from './subscriptions';
import type { AccountPlan, GenerationContext } from './types';

/**
 * Competitors already in the account, mostly where we are not: a rival's analytics tool in the
 * unit that never bought ours is the whitespace an account strategist is looking for.
 */
export function generateCompetitorPresence(
  ctx: GenerationContext,
  plan: AccountPlan,
  units: Unit[],
  subscriptions: SubscriptionDraft[],
  rng: Random,
): CompetitorPresenceRecord[] {
  const pinned = plan.setup.competitor;
  if (pinned) {
    return [
      {
        accountId: plan.id,
        competitorId: pinned.competitorId,
        businessUnitId: pinned.department ? unitFor(units, pinned.department).record.id : null,
        since: formatDay(ctx.asOfDay - pinned.sinceDaysAgo),
      },
    ];
  }
  if (!rng.chance(plan.story === 'declining' ? 0.5 : 0.3)) return [];
  const owned = new Set(
    subscriptions.filter((s) => s.record.status === 'ACTIVE').map((s) => s.record.productId),
  );
  const competitor = rng.weighted(
    ctx.catalog.competitors.map(
      (c) => [c, c.alternativeToProductIds.some((id) => !owned.has(id)) ? 3 : 1] as const,
    ),
  );
  return [
    {
      accountId: plan.id,
      competitorId: competitor.id,
      businessUnitId: rng.chance(0.5) ? rng.pick(units).record.id : null,
      since: formatDay(ctx.asOfDay - rng.int(60, 700)),
    },
  ];
}
