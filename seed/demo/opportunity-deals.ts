import type { OpportunityType } from '../../src/domain/vocabulary';
import { CORE_PRODUCT_ID, productById } from './catalog';
import { addMonths, parseDay, type Day } from './dates';
import type { Random } from './random';
import type { SubscriptionDraft } from './subscriptions';
import type { AccountPlan, GenerationContext } from './types';

export interface OpportunityDraft {
  type: OpportunityType;
  productId: string;
  stage: string;
  amount: number;
  closeDay: Day;
  byCsm: boolean;
}

export interface DealInputs {
  subscriptions: SubscriptionDraft[];
  firstContactDay: Day;
}

/** The contract's own history: the original deal, renewals won, renewals coming up, cancellations. */
export function contractHistory(ctx: GenerationContext, inputs: DealInputs, rng: Random): OpportunityDraft[] {
  const drafts: OpportunityDraft[] = [];
  const add = (type: OpportunityType, productId: string, stage: string, amount: number, closeDay: Day) =>
    drafts.push({
      type,
      productId,
      stage,
      amount: Math.round(amount),
      closeDay,
      byCsm: type === 'RENEWAL' && rng.chance(0.5),
    });
  for (const { record } of inputs.subscriptions) {
    const start = parseDay(record.startDate);
    const renewal = parseDay(record.renewalDate ?? record.startDate);
    const term = record.termMonths ?? 12;
    if (start >= ctx.windowStartDay) {
      const type = record.productId === CORE_PRODUCT_ID ? 'NEW_BUSINESS' : 'EXPANSION';
      add(type, record.productId, 'Closed Won', record.arr * rng.float(0.85, 1), start);
    }
    for (let k = 1; addMonths(start, term * k) < renewal; k += 1) {
      const past = addMonths(start, term * k);
      if (past >= ctx.windowStartDay)
        add('RENEWAL', record.productId, 'Closed Won', record.arr * rng.float(0.85, 1), past);
    }
    const daysToRenewal = renewal - ctx.asOfDay;
    if (record.status !== 'ACTIVE') add('RENEWAL', record.productId, 'Closed Lost', record.arr, renewal);
    else if (daysToRenewal <= 180)
      add('RENEWAL', record.productId, openStage(daysToRenewal), record.arr, renewal);
  }
  return drafts;
}

function openStage(daysToClose: number): string {
  if (daysToClose > 120) return 'Prospecting';
  if (daysToClose > 75) return 'Qualification';
  return daysToClose > 30 ? 'Proposal' : 'Negotiation';
}

/** Cross-sell attempts: one lost now and then, one open where the account is doing well. */
export function expansionDeals(
  ctx: GenerationContext,
  plan: AccountPlan,
  inputs: DealInputs,
  rng: Random,
): OpportunityDraft[] {
  const drafts: OpportunityDraft[] = [];
  const owned = new Set(
    inputs.subscriptions.filter((s) => s.record.status === 'ACTIVE').map((s) => s.record.productId),
  );
  const missing = ctx.catalog.products.filter((p) => !owned.has(p.id));
  const core = inputs.subscriptions[0]?.record;
  const sizeFor = (productId: string) =>
    Math.round(
      (core?.seatsLicensed ?? 50) * 0.3 * (productById(ctx.catalog, productId).listPricePerSeat ?? 0) * 0.85,
    );
  if (missing.length > 0 && rng.chance(0.25)) {
    const product = rng.pick(missing);
    const closeDay =
      ctx.asOfDay - rng.int(30, Math.max(31, Math.min(600, ctx.asOfDay - inputs.firstContactDay)));
    drafts.push({
      type: 'EXPANSION',
      productId: product.id,
      stage: 'Closed Lost',
      amount: sizeFor(product.id),
      closeDay,
      byCsm: false,
    });
  }
  const promising = plan.story === 'growing' || plan.story === 'ramping';
  if (plan.setup.openExpansion !== false && promising && rng.chance(0.6)) {
    const productId = missing.length > 0 ? rng.pick(missing).id : CORE_PRODUCT_ID;
    const stage = rng.pick(['Prospecting', 'Qualification', 'Proposal', 'Negotiation']);
    drafts.push({
      type: 'EXPANSION',
      productId,
      stage,
      amount: sizeFor(productId),
      closeDay: ctx.asOfDay + rng.int(30, 150),
      byCsm: false,
    });
  }
  return drafts;
}
