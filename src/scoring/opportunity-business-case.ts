import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { ObjectiveFact } from '../domain/opportunity-facts';
import type { BusinessCaseMetric, OpportunitySizingMethod, SeatPriceBasis } from '../domain/vocabulary';
import type { OpportunityCandidate } from './opportunity-candidates';
import { capacityOf } from './opportunity-context';
import type { ServedObjective } from './opportunity-objectives';
import {
  daysFrom,
  num,
  pct,
  type OpportunityAccountFacts,
  type OpportunitySubscription,
} from './opportunity-parts';
import { round } from './score-parts';

/** One of the seat options the customer chooses from. */
export interface SeatOption {
  /** Share of the licensed seats added (0.25 = +25%). */
  share: number;
  /** ceil(licensed × share). */
  seats: number;
  /** licensed + seats. */
  newCeiling: number;
  /** seats × price per seat, a year; null without a price. */
  price: number | null;
  /** (newCeiling − active) / growth per month: months until the new ceiling at today's rate; null when not growing. */
  monthsOfHeadroom: number | null;
}

/** What it is worth a year, and how that was worked out. */
export interface OpportunitySize {
  value: number | null;
  method: OpportunitySizingMethod | null;
  seats: number | null;
  pricePerSeat: number | null;
  priceBasis: SeatPriceBasis | null;
  /** The arithmetic, with the records it used. */
  calculation: string;
  /** Records the price or size rests on (subscriptions). */
  evidenceIds: string[];
}

/** The case in the customer's terms: their metric, their objective, the numbers. */
export interface BusinessCase {
  metric: BusinessCaseMetric;
  statement: string;
  objective: ObjectiveFact | null;
  options: SeatOption[];
  /** What the case lacks that a strategist should get from the customer. */
  gaps: string[];
}

interface SeatPrice {
  price: number | null;
  basis: SeatPriceBasis | null;
  calculation: string;
}

/** The subscription's own price per seat (ARR ÷ licensed seats), else the product's list price. */
export function seatPrice(sub: OpportunitySubscription | undefined, listPrice: number | null): SeatPrice {
  if (sub && sub.arr > 0 && sub.seatsLicensed > 0) {
    const price = round(sub.arr / sub.seatsLicensed, 2);
    return {
      price,
      basis: 'SUBSCRIPTION_PRICE',
      calculation: `${num(price)} a seat (${sub.id}: ${num(sub.arr)} ARR ÷ ${num(sub.seatsLicensed)} seats)`,
    };
  }
  if (listPrice !== null) {
    return { price: listPrice, basis: 'LIST_PRICE', calculation: `${num(listPrice)} a seat (list price)` };
  }
  return { price: null, basis: null, calculation: 'no subscription price and no list price' };
}

export function seatOptions(
  licensed: number,
  active: number,
  growthPerMonth: number | null,
  price: number | null,
  shares: readonly number[],
): SeatOption[] {
  return shares.map((share) => {
    const seats = Math.ceil(licensed * share);
    const newCeiling = licensed + seats;
    return {
      share,
      seats,
      newCeiling,
      price: price === null ? null : round(seats * price, 2),
      monthsOfHeadroom:
        growthPerMonth !== null && growthPerMonth > 0
          ? round((newCeiling - active) / growthPerMonth, 1)
          : null,
    };
  });
}

function metricOf(
  candidate: OpportunityCandidate,
  config: OpportunitiesConfig['businessCase'],
): BusinessCaseMetric {
  if (candidate.target.expansionType === 'SEAT_EXPANSION') return 'CAPACITY_HEADROOM';
  if (candidate.cell?.status === 'COMPETITOR') return 'COST_AVOIDED';
  const family = candidate.target.product.family;
  return (family ? config.familyMetrics[family] : undefined) ?? config.defaultMetric;
}

function objectiveSentence(o: ObjectiveFact): string {
  const target = o.metric
    ? ` (${o.metric}${o.targetValue === null ? '' : `: ${num(o.targetValue)}`}${o.dueDate ? ` by ${o.dueDate}` : ''})`
    : '';
  return `It serves your objective "${o.title}"${target}.`;
}

function describeOptions(options: readonly SeatOption[]): string {
  return options
    .map(
      (o) =>
        `+${num(o.seats)} seats (+${pct(o.share)}${o.monthsOfHeadroom === null ? '' : `, ${o.monthsOfHeadroom} months of headroom at this rate`})`,
    )
    .join(', ');
}

interface Built {
  businessCase: BusinessCase;
  size: OpportunitySize;
}

function seatExpansion(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  objective: ObjectiveFact | null,
  config: OpportunitiesConfig['businessCase'],
): Built {
  const { target } = candidate;
  const sub = facts.subscriptions.find((s) => s.id === target.subscriptionId);
  const capacity = capacityOf(candidate, facts)?.capacity ?? null;
  const licensed = capacity?.licensedSeats ?? sub?.latest?.licensedSeats ?? sub?.seatsLicensed ?? 0;
  const active = capacity?.activeSeats ?? sub?.latest?.activeSeats ?? 0;
  const growth = capacity?.growthPerMonth ?? null;
  const price = seatPrice(sub, target.product.listPricePerSeat);
  const options = seatOptions(licensed, active, growth, price.price, config.seatOptions);
  const chosen = options[config.sizeOption] ?? options[0]!;
  const seatsOf = `${num(licensed)} ${target.product.name} seats${target.businessUnitName ? ` in ${target.businessUnitName}` : ''}`;
  let headline: string;
  if (active >= licensed && licensed > 0) {
    headline = `You use ${num(active)} of your ${seatsOf}: new colleagues already wait for a seat to free up.`;
  } else if (capacity?.projectedFullAt && growth !== null && growth > 0) {
    const weeks = Math.floor(daysFrom(facts.asOf, capacity.projectedFullAt) / 7);
    headline = `At +${growth} seat${growth === 1 ? '' : 's'} a month you reach all ${seatsOf} on ${capacity.projectedFullAt}, in ${weeks} weeks; after that every new colleague waits for a seat, and your team's throughput stops growing with its headcount.`;
  } else {
    headline = `You use ${num(active)} of your ${seatsOf} (${licensed > 0 ? pct(active / licensed) : 'n/a'}); usage is not growing, so the ${num(
      Math.max(0, licensed - active),
    )} free seats have no date to run out.`;
  }
  const statement = [
    headline,
    objective ? objectiveSentence(objective) : null,
    `Options: ${describeOptions(options)}; let them choose.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    businessCase: {
      metric: 'CAPACITY_HEADROOM',
      statement,
      objective,
      options,
      gaps: price.price === null ? [`No price for ${target.product.name}: the options are not priced`] : [],
    },
    size: {
      value: chosen.price,
      method: 'SEAT_OPTION',
      seats: chosen.seats,
      pricePerSeat: price.price,
      priceBasis: price.basis,
      calculation:
        price.price === null
          ? `+${num(chosen.seats)} seats (+${pct(chosen.share)} of ${num(licensed)}), ${price.calculation}: not sized`
          : `+${num(chosen.seats)} seats (option ${config.sizeOption + 1} of ${options.length}: +${pct(chosen.share)} of ${num(licensed)}) × ${price.calculation} = ${num(chosen.price!)}`,
      evidenceIds: sub ? [sub.id] : [],
    },
  };
}

function fromCell(
  candidate: OpportunityCandidate,
  metric: BusinessCaseMetric,
  objective: ObjectiveFact | null,
): Built {
  const { target, cell } = candidate;
  const sizing = cell?.sizing ?? null;
  const place = target.businessUnitName;
  const forWhom =
    target.expansionType === 'NEW_UNIT' && place === null
      ? 'the rest of the account'
      : (place ?? 'the account');
  const seats = sizing?.seats ?? null;
  const peers = cell?.peersWhoBought.length ?? 0;
  const competitors = cell?.competitors ?? [];
  const lead =
    metric === 'COST_AVOIDED' && competitors.length > 0
      ? `Consolidating ${competitors.map((c) => c.name).join(', ')} onto ${target.product.name} for ${forWhom} leaves one vendor fewer to pay and run.`
      : `${target.product.name} for ${forWhom}${seats === null ? '' : ` (${num(seats)} seats)`}${
          peers > 0 ? `: ${peers} similar account${peers === 1 ? ' runs' : 's run'} it` : ''
        }.`;
  const gaps = [
    metric === 'COST_AVOIDED'
      ? `What ${competitors.map((c) => c.name).join(', ') || 'the current tools'} ${competitors.length > 1 ? 'cost' : 'costs'} them is not in the data: ask for it`
      : metric === 'TIME_SAVED'
        ? 'The time it would save has no baseline in the data: measure it with the people doing the work'
        : metric === 'RISK_REDUCED'
          ? 'The risk it reduces has no baseline in the data: agree it with the owner of the risk'
          : null,
  ].filter((g): g is string => g !== null);
  const statement = [lead, objective ? objectiveSentence(objective) : null, ...gaps.map((g) => `${g}.`)]
    .filter(Boolean)
    .join(' ');
  return {
    businessCase: { metric, statement, objective, options: [], gaps },
    size: {
      value: sizing?.value ?? null,
      method: sizing?.value == null ? null : 'WHITESPACE_CELL',
      seats,
      pricePerSeat: sizing?.pricePerSeat ?? null,
      priceBasis: sizing?.priceBasis ?? null,
      calculation:
        sizing === null
          ? 'Not sized'
          : sizing.value === null
            ? `Not sized: ${sizing.note ?? 'no price'}`
            : sizing.method === 'PEER_MEDIAN_SPEND'
              ? `What peers owning it pay (median): ${num(sizing.value)}`
              : `${num(sizing.seats ?? 0)} seats (${num(sizing.population ?? 0)} people × ${sizing.adoptionRatio}${
                  sizing.seatsAlreadyCovered ? ` − ${num(sizing.seatsAlreadyCovered)} already covered` : ''
                }) × ${num(sizing.pricePerSeat ?? 0)} a seat (${sizing.priceBasis}) = ${num(sizing.value)}`,
      evidenceIds: sizing?.evidenceSubscriptionIds ?? [],
    },
  };
}

function unlicensedUnit(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  metric: BusinessCaseMetric,
  objective: ObjectiveFact | null,
): Built {
  const { target } = candidate;
  const unit = candidate.signals
    .flatMap((s) => s.asymmetry?.units ?? [])
    .find((u) => u.state === 'UNLICENSED_ACTIVE' && u.businessUnitId === target.businessUnitId);
  const host = facts.subscriptions.find(
    (s) => s.inForce && s.productId === target.product.id && s.businessUnitId !== target.businessUnitId,
  );
  const price = seatPrice(host, target.product.listPricePerSeat);
  const seats = unit?.activeSeats ?? null;
  const value = seats !== null && price.price !== null ? round(seats * price.price, 2) : null;
  const statement = [
    `${target.businessUnitName ?? 'A unit'} already uses ${target.product.name} on ${num(seats ?? 0)} seats without a licence of its own: a licence of its own gives it the seats, support and admin it relies on.`,
    objective ? objectiveSentence(objective) : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    businessCase: { metric, statement, objective, options: [], gaps: [] },
    size: {
      value,
      method: value === null ? null : 'UNLICENSED_SEATS',
      seats,
      pricePerSeat: price.price,
      priceBasis: price.basis,
      calculation:
        value === null
          ? `Not sized: ${price.calculation}`
          : `${num(seats!)} seats in use (${unit?.snapshotId ?? 'reading'}) × ${price.calculation} = ${num(value)}`,
      evidenceIds: host ? [host.id] : [],
    },
  };
}

function tierUpgrade(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  metric: BusinessCaseMetric,
  objective: ObjectiveFact | null,
  config: OpportunitiesConfig['businessCase'],
): Built {
  const { target } = candidate;
  const sub = facts.subscriptions.find((s) => s.id === target.subscriptionId);
  const adoption = candidate.signals.find((s) => s.kind === 'FEATURE_ADOPTION_VELOCITY')?.adoption ?? null;
  const value = sub ? round(sub.arr * config.tierUpgradeUplift, 2) : null;
  const statement = [
    adoption
      ? `Your team went from ${pct(adoption.fromRatio)} to ${pct(adoption.toRatio)} of the features of ${target.product.name}, +${round(
          adoption.velocityPerMonth * 100,
          1,
        )} points a month: the deeper features of a higher tier are the next step for the work it already does.`
      : `The deeper features of ${target.product.name} are the next step.`,
    objective ? objectiveSentence(objective) : null,
    'Which features they miss today is not in the data: ask the admins.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    businessCase: {
      metric,
      statement,
      objective,
      options: [],
      gaps: ['The catalog has no tier prices: sized as a share of the subscription'],
    },
    size: {
      value,
      method: value === null ? null : 'ARR_UPLIFT',
      seats: null,
      pricePerSeat: null,
      priceBasis: null,
      calculation:
        value === null || !sub
          ? 'Not sized: no subscription'
          : `${num(sub.arr)} ARR (${sub.id}) × ${config.tierUpgradeUplift} tier uplift = ${num(value)}`,
      evidenceIds: sub ? [sub.id] : [],
    },
  };
}

/**
 * The business case in the customer's terms and what it is worth. Seat expansions: when they hit
 * the ceiling at today's rate and what that does to their team, with the seat options (shares of
 * the licensed seats, each priced at the subscription's own ARR per seat, else the list price,
 * with the months of headroom it buys), sized at the configured option. Cross-sell and new unit
 * from whitespace: the cell's size; a unit using it unlicensed: its seats in use at the host
 * subscription's price; a tier upgrade: a configured share of the subscription's ARR. The metric
 * is capacity headroom for seats, cost avoided where a competitor is replaced, else the product
 * family's; the first objective it serves is quoted. What the data cannot say is listed as gaps.
 */
export function businessCase(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig['businessCase'],
): Built {
  const objective = served[0]?.objective ?? null;
  const metric = metricOf(candidate, config);
  switch (candidate.target.expansionType) {
    case 'SEAT_EXPANSION':
      return seatExpansion(candidate, facts, objective, config);
    case 'TIER_UPGRADE':
      return tierUpgrade(candidate, facts, metric, objective, config);
    default:
      return candidate.cell
        ? fromCell(candidate, metric, objective)
        : unlicensedUnit(candidate, facts, metric, objective);
  }
}
