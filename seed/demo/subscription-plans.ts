import type { Segment } from '../../src/domain/vocabulary';
import { unitFor, type Unit } from './business-units';
import { CORE_PRODUCT_ID, PRODUCT } from './catalog';
import { addMonths, monthsBetween } from './dates';
import type { DepartmentKey } from './departments';
import { clamp, round } from './numbers';
import type { Random } from './random';
import { peerProductFloor } from './scenarios';
import type { AccountPlan, GenerationContext, Story, SubscriptionSpec, UsageAnchor } from './types';

const PRODUCT_COUNT: Record<Segment, ReadonlyArray<readonly [number, number]>> = {
  SMB: [
    [1, 5],
    [2, 4],
    [3, 1],
  ],
  MID_MARKET: [
    [1, 2.5],
    [2, 4],
    [3, 3],
    [4, 0.5],
  ],
  ENTERPRISE: [
    [2, 2.5],
    [3, 4.5],
    [4, 3],
  ],
};

/** Units an add-on is typically bought for when it is not bought account-wide. */
const ADD_ON_UNITS: Record<string, readonly DepartmentKey[]> = {
  [PRODUCT.analytics]: ['finance', 'marketing', 'sales', 'operations'],
  [PRODUCT.automation]: ['operations', 'support', 'finance'],
  [PRODUCT.integrations]: ['engineering', 'it'],
};

/**
 * Days to a contract's next renewal: spread over the coming year, but only about one contract in
 * ten is inside the 90-day window where renewal work starts, so those stand out.
 */
export function sampleRenewalInDays(rng: Random, max: number): number {
  return rng.chance(0.1) ? rng.int(8, 89) : rng.int(90, Math.max(90, max));
}

/** What an ordinary account bought: its core contract plus add-ons that suit its industry and size. */
export function randomSubscriptionSpecs(
  ctx: GenerationContext,
  plan: AccountPlan,
  units: Unit[],
  rng: Random,
): SubscriptionSpec[] {
  const required = plan.setup.requiredProductIds ?? [];
  const floor = Math.max(plan.setup.minProducts ?? 1, peerProductFloor(plan), required.length + 1);
  const count = Math.min(4, Math.max(floor, rng.weighted(PRODUCT_COUNT[plan.segment])));
  const affinity = (productId: string): number => addOnAffinity(plan, productId);
  const others = Object.values(PRODUCT).filter((id) => id !== CORE_PRODUCT_ID && !required.includes(id));
  const addOns = [
    ...required,
    ...rng.weightedSample(
      others.map((id) => [id, affinity(id)] as const),
      count - 1,
    ),
  ].slice(0, count - 1);

  const penetration = { SMB: [0.2, 0.6], MID_MARKET: [0.06, 0.22], ENTERPRISE: [0.02, 0.08] }[plan.segment];
  // Capped so that no ordinary account outgrows the capacity-ceiling scenario's account.
  const coreSeats = Math.round(
    clamp(plan.employeeCount * rng.float(penetration[0], penetration[1]), 10, 900),
  );
  const discount = (): number =>
    round(
      { SMB: rng.float(0, 0.1), MID_MARKET: rng.float(0.08, 0.2), ENTERPRISE: rng.float(0.15, 0.3) }[
        plan.segment
      ],
      2,
    );
  const coreStart = plan.customerSinceDay;
  const curve = (seats: number, renewalInDays: number, termMonths: number, terms: number) =>
    storyCurve(
      plan.story,
      seats,
      monthsBetween(addMonths(ctx.asOfDay + renewalInDays, -termMonths * terms), ctx.asOfDay),
      rng,
    );

  const specs: SubscriptionSpec[] = [
    {
      productId: CORE_PRODUCT_ID,
      department: null,
      seats: coreSeats,
      discount: discount(),
      ...plan.core,
      usage: [],
    },
  ];
  for (const productId of addOns) {
    const scopes = (ADD_ON_UNITS[productId] ?? []).filter((key) =>
      units.some((unit) => unit.department === key),
    );
    const department = scopes.length > 0 && rng.chance(0.45) ? rng.pick(scopes) : null;
    const unitHeadcount = department ? (unitFor(units, department).record.headcount ?? coreSeats) : 0;
    const wholeAccount = productId === PRODUCT.security || productId === PRODUCT.premiumSupport;
    const seats = department
      ? Math.min(Math.round(unitHeadcount * rng.float(0.3, 0.9)), Math.round(coreSeats * 0.4))
      : Math.round(wholeAccount ? coreSeats : coreSeats * rng.float(0.15, 0.4));
    const renewalInDays = sampleRenewalInDays(rng, 365);
    const maxTerms = Math.floor(monthsBetween(coreStart, ctx.asOfDay + renewalInDays) / 12);
    // Co-terminated with the core contract, or on its own yearly cycle.
    const terms =
      rng.chance(0.5) || maxTerms < 1
        ? { termMonths: plan.core.termMonths, renewalInDays: plan.core.renewalInDays, termsCompleted: 1 }
        : { termMonths: 12 as const, renewalInDays, termsCompleted: rng.int(1, Math.min(maxTerms, 3)) };
    specs.push({
      productId,
      department,
      seats: Math.max(5, seats),
      discount: discount(),
      ...terms,
      usage: [],
    });
  }
  const withUsage = specs.map((spec) => ({
    ...spec,
    usage: curve(spec.seats, spec.renewalInDays, spec.termMonths, spec.termsCompleted),
  }));
  const cancelled = cancelledSpec(ctx, plan, addOns, coreSeats, rng);
  return cancelled ? [...withUsage, cancelled] : withUsage;
}

function addOnAffinity(plan: AccountPlan, productId: string): number {
  const regulated = ['Financial Services', 'Healthcare', 'Energy'].includes(plan.industry);
  if (productId === PRODUCT.analytics) return 3;
  if (productId === PRODUCT.automation) return 2.5;
  if (productId === PRODUCT.security) return regulated ? 3 : 1.2;
  if (productId === PRODUCT.integrations) return plan.industry === 'Software' ? 3 : 1.2;
  return plan.segment === 'ENTERPRISE' ? 2 : 0.5;
}

/** Active seats at the first month and now, shaped by the account's story. */
function storyCurve(story: Story, seats: number, monthsActive: number, rng: Random): UsageAnchor[] {
  const first = Math.min(23, Math.max(0, monthsActive));
  const at = (ratio: number): number => Math.round(seats * clamp(ratio, 0.02, 0.98));
  if (story === 'growing')
    return [
      [first, at(rng.float(0.45, 0.62))],
      [0, at(rng.float(0.78, 0.9))],
    ];
  if (story === 'ramping')
    return [
      [first, at(rng.float(0.08, 0.2))],
      [0, at(rng.float(0.5, 0.72))],
    ];
  const level = rng.float(0.62, 0.82);
  if (story === 'steady')
    return [
      [first, at(level)],
      [0, at(level + rng.float(-0.04, 0.05))],
    ];
  const now = at(level * rng.float(0.6, 0.8));
  return first > 6
    ? [
        [first, at(level)],
        [6, at(level * 0.95)],
        [0, now],
      ]
    : [
        [first, at(level)],
        [0, now],
      ];
}

/** Now and then an add-on was bought and later dropped: contraction history for NRR. */
function cancelledSpec(
  ctx: GenerationContext,
  plan: AccountPlan,
  owned: readonly string[],
  coreSeats: number,
  rng: Random,
): SubscriptionSpec | null {
  if (!rng.chance(plan.story === 'declining' ? 0.35 : 0.1)) return null;
  const candidates = [PRODUCT.analytics, PRODUCT.automation, PRODUCT.integrations].filter(
    (id) => !owned.includes(id),
  );
  const endedDaysAgo = rng.int(30, 600);
  if (candidates.length === 0 || addMonths(ctx.asOfDay - endedDaysAgo, -12) < plan.customerSinceDay)
    return null;
  const seats = Math.max(5, Math.round(coreSeats * rng.float(0.1, 0.3)));
  return {
    productId: rng.pick(candidates),
    department: null,
    seats,
    discount: 0.1,
    termMonths: 12,
    renewalInDays: -endedDaysAgo,
    termsCompleted: 1,
    usage: [[0, Math.round(seats * rng.float(0.05, 0.3))]],
    status: 'CANCELLED',
  };
}
