import type { SubscriptionRecord } from '../../src/domain/graph-records';
import { unitFor, type Unit } from './business-units';
import { productById } from './catalog';
import { addMonths, formatDay } from './dates';
import { ids } from './ids';
import type { Random } from './random';
import { randomSubscriptionSpecs } from './subscription-plans';
import type { AccountPlan, GenerationContext, Story, UsageAnchor } from './types';

export interface SubscriptionDraft {
  record: SubscriptionRecord;
  usage: readonly UsageAnchor[];
  noise: number;
  /** Share of the product's features adopted at the first snapshot and at the latest. */
  adoption: readonly [number, number];
}

const ADOPTION: Record<Story, readonly [number, number]> = {
  growing: [0.35, 0.65],
  steady: [0.45, 0.5],
  declining: [0.5, 0.4],
  ramping: [0.1, 0.4],
};

export function generateSubscriptions(
  ctx: GenerationContext,
  plan: AccountPlan,
  units: Unit[],
  rng: Random,
): SubscriptionDraft[] {
  const specs = plan.setup.subscriptions ?? randomSubscriptionSpecs(ctx, plan, units, rng);
  return specs.map((spec, i) => {
    const product = productById(ctx.catalog, spec.productId);
    const renewal = ctx.asOfDay + spec.renewalInDays;
    const usage = [...spec.usage].sort((a, b) => b[0] - a[0]);
    return {
      record: {
        id: ids.subscription(plan.index, i + 1),
        accountId: plan.id,
        productId: product.id,
        businessUnitId: spec.department ? unitFor(units, spec.department).record.id : null,
        seatsLicensed: spec.seats,
        seatsUsed: usage[usage.length - 1]?.[1] ?? null,
        arr: Math.round(spec.seats * (product.listPricePerSeat ?? 0) * (1 - spec.discount)),
        startDate: formatDay(addMonths(renewal, -spec.termMonths * spec.termsCompleted)),
        renewalDate: formatDay(renewal),
        termMonths: spec.termMonths,
        status: spec.status ?? 'ACTIVE',
      },
      usage,
      noise: spec.noise ?? 0.03,
      adoption: ADOPTION[plan.story],
    };
  });
}
