import type { ExpansionConfig } from '../config/analytics/signals';
import type { ExpansionSignalKind } from '../domain/vocabulary';
import { round } from './score-parts';
import { adoptionVelocity, type AdoptionDetail } from './signals-adoption';
import { usageAsymmetry, type AsymmetryDetail } from './signals-asymmetry';
import { seatCapacity, type CapacityDetail } from './signals-capacity';
import type { HiringFacts, SubscriptionUsage } from './signals-facts';
import { addDays } from './signals-fit';
import { hiringGrowth, type HiringDetail } from './signals-hiring';
import type { StakeholderScope } from './signals-stakeholders';

/**
 * Expansion signals: observations, not opportunities. Each says what was seen (`summary`), on
 * which rows and dates (the detail of its kind), and whom it concerns (`scope`, resolved to
 * people by the caller).
 */
export interface ExpansionSignal {
  kind: ExpansionSignalKind;
  accountId: string;
  summary: string;
  /** Date of the latest evidence behind it. */
  observedAt: string;
  productId: string | null;
  productName: string | null;
  subscriptionId: string | null;
  businessUnitId: string | null;
  businessUnitName: string | null;
  capacity: CapacityDetail | null;
  adoption: AdoptionDetail | null;
  asymmetry: AsymmetryDetail | null;
  hiring: HiringDetail | null;
  scope: StakeholderScope;
}

export interface ExpansionInput {
  accountId: string;
  asOf: string;
  subscriptions: readonly SubscriptionUsage[];
  hiring: readonly HiringFacts[];
}

export interface ExpansionFindings {
  accountId: string;
  signals: ExpansionSignal[];
  dataGaps: string[];
}

const pct = (ratio: number): string => `${Math.round(ratio * 100)}%`;

const NO_DETAIL = { capacity: null, adoption: null, asymmetry: null, hiring: null };

function unitScope(businessUnitId: string | null): StakeholderScope {
  return businessUnitId === null
    ? { accountWide: true, businessUnitIds: [], people: [] }
    : { accountWide: false, businessUnitIds: [businessUnitId], people: [] };
}

function subscriptionSignal(usage: SubscriptionUsage, observedAt: string) {
  return {
    accountId: usage.accountId,
    observedAt,
    productId: usage.productId,
    productName: usage.productName,
    subscriptionId: usage.subscriptionId,
    businessUnitId: usage.businessUnitId,
    businessUnitName: usage.businessUnitName,
    scope: unitScope(usage.businessUnitId),
  };
}

export function expansionSignals(input: ExpansionInput, config: ExpansionConfig): ExpansionFindings {
  const signals: ExpansionSignal[] = [];
  const dataGaps: string[] = [];
  for (const usage of input.subscriptions) {
    const where = `${usage.productName}${usage.businessUnitName ? ` (${usage.businessUnitName})` : ''}`;
    if (usage.snapshots.length === 0) {
      dataGaps.push(`${where}: no usage snapshot in the lookback window`);
      continue;
    }
    const capacity = seatCapacity(usage, config.capacity);
    if (capacity) {
      signals.push({
        kind: 'SEAT_CAPACITY',
        ...subscriptionSignal(usage, capacity.snapshots[capacity.snapshots.length - 1]!.date),
        summary: `${where} at ${capacity.activeSeats} of ${capacity.licensedSeats} seats (${pct(
          capacity.utilisation,
        )}); ${
          capacity.note?.toLowerCase() ??
          `100% projected on ${capacity.projectedFullAt} at +${capacity.growthPerMonth} seats a month`
        }`,
        ...NO_DETAIL,
        capacity,
      });
    }
    const adoption = adoptionVelocity(usage, config.adoption);
    if (adoption) {
      signals.push({
        kind: 'FEATURE_ADOPTION_VELOCITY',
        ...subscriptionSignal(usage, adoption.snapshots[adoption.snapshots.length - 1]!.date),
        summary: `${where} feature adoption ${pct(adoption.fromRatio)} → ${pct(adoption.toRatio)}, +${round(
          adoption.velocityPerMonth * 100,
          1,
        )} points a month`,
        ...NO_DETAIL,
        adoption,
      });
    }
  }
  for (const asymmetry of usageAsymmetry(input.subscriptions, config.asymmetry)) {
    const describe = asymmetry.units
      .map(
        (u) =>
          `${u.businessUnitName ?? u.businessUnitId} ${u.state}${u.utilisation === null ? '' : ` (${pct(u.utilisation)})`}`,
      )
      .join(', ');
    signals.push({
      kind: 'USAGE_ASYMMETRY',
      accountId: input.accountId,
      observedAt:
        asymmetry.units
          .map((u) => u.date)
          .sort()
          .pop() ?? input.asOf,
      productId: asymmetry.productId,
      productName: asymmetry.productName,
      subscriptionId: null,
      businessUnitId: null,
      businessUnitName: null,
      summary: `${asymmetry.productName} used unevenly: ${describe}`,
      ...NO_DETAIL,
      asymmetry,
      scope: {
        accountWide: false,
        businessUnitIds: asymmetry.units.filter((u) => u.state !== 'NORMAL').map((u) => u.businessUnitId),
        people: [],
      },
    });
  }
  const windowStart = addDays(input.asOf, -config.hiring.windowDays);
  dataGaps.push(
    'Headcount is stored as one current figure per unit and account, with no history: hiring growth is read from the start dates of the people we know',
  );
  const withoutStart = input.hiring.reduce((n, r) => n + r.withoutStartDate, 0);
  if (withoutStart > 0)
    dataGaps.push(`${withoutStart} known people have no start date and are not counted for hiring`);
  const hiring = hiringGrowth(input.hiring, windowStart, config.hiring);
  if (hiring) {
    const lastJoin = hiring.units
      .flatMap((u) => u.joined.map((j) => j.date))
      .sort()
      .pop();
    signals.push({
      kind: 'HIRING_GROWTH',
      accountId: input.accountId,
      observedAt: lastJoin ?? input.asOf,
      productId: null,
      productName: null,
      subscriptionId: null,
      businessUnitId: null,
      businessUnitName: null,
      summary: `${hiring.joined} joined and ${hiring.left} left since ${windowStart} among ${hiring.knownAtStart} people known then (${
        hiring.growth >= 0 ? '+' : ''
      }${pct(hiring.growth)})`,
      ...NO_DETAIL,
      hiring,
      scope: {
        accountWide: true,
        businessUnitIds: hiring.units.flatMap((u) => (u.businessUnitId === null ? [] : [u.businessUnitId])),
        people: [],
      },
    });
  }
  return { accountId: input.accountId, signals, dataGaps };
}
