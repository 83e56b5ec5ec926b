import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { OpportunityCandidate } from './opportunity-candidates';
import { capacityOf } from './opportunity-context';
import {
  evidenceFromHealth,
  judgement,
  num,
  pct,
  type Judgement,
  type OpportunityAccountFacts,
  type OpportunityEvidence,
  type OpportunityReason,
  type OpportunitySubscription,
  type SharedSettings,
} from './opportunity-parts';

function gate(facts: OpportunityAccountFacts): OpportunityReason {
  const g = facts.gate;
  return {
    code: 'HEALTH_GATE',
    met: g.allowed,
    detail: g.allowed
      ? `${facts.accountName} is ${g.band} (health ${g.score}) and successful with what it owns: expansion is allowed`
      : `Held by the health gate: ${g.blockers.map((b) => b.message).join('; ')}`,
    date: null,
    evidence: g.blockers.flatMap((b) => b.evidence.map(evidenceFromHealth)),
  };
}

const input = (facts: OpportunityAccountFacts, name: string): number | null =>
  facts.sentiment.inputs.find((i) => i.name === name)?.value ?? null;

/** "A customer at 92% who is frustrated won't respond to 'buy more'": health's support red flags. */
function sentiment(facts: OpportunityAccountFacts): OpportunityReason {
  const { redFlags, missing } = facts.sentiment;
  const measured = [
    ['mean ticket sentiment', input(facts, 'sentiment')],
    ['escalated tickets', input(facts, 'escalations')],
    ['mean NPS', input(facts, 'nps')],
  ]
    .filter((m): m is [string, number] => m[1] !== null)
    .map(([label, value]) => `${label} ${Math.round(value * 100) / 100}`);
  if (missing !== null) {
    return {
      code: 'SENTIMENT',
      met: false,
      detail: `Sentiment is unknown (${missing}): check how they feel before asking them to buy more`,
      date: null,
      evidence: [],
    };
  }
  return {
    code: 'SENTIMENT',
    met: redFlags.length === 0,
    detail:
      redFlags.length === 0
        ? `No support red flag (${measured.join(', ') || 'no recent reading'})`
        : `Frustrated: ${redFlags.map((f) => f.message).join('; ')}; fix that before asking them to buy more`,
    date: null,
    evidence: redFlags.flatMap((f) => f.evidence.map(evidenceFromHealth)),
  };
}

function readingOf(s: OpportunitySubscription): string {
  return s.latest
    ? `${num(s.latest.activeSeats)} of ${num(s.latest.licensedSeats)} seats (${pct(s.latest.activeSeats / s.latest.licensedSeats)}) on ${s.latest.date}`
    : 'no reading';
}

function latestEvidence(s: OpportunitySubscription): OpportunityEvidence[] {
  return s.latest
    ? [
        {
          kind: 'USAGE_SNAPSHOT',
          id: s.latest.id,
          date: s.latest.date,
          label: `${s.productName} (${s.id}): ${s.latest.activeSeats} of ${s.latest.licensedSeats} seats active`,
          value: s.latest.activeSeats,
        },
      ]
    : [];
}

/** Seat expansion: the seats they have are (nearly) used up. */
function capacityNeed(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  shared: SharedSettings,
): OpportunityReason | null {
  const sub = facts.subscriptions.find((s) => s.id === candidate.target.subscriptionId);
  if (!sub) return null;
  const signal = capacityOf(candidate, facts);
  const utilisation =
    sub.latest && sub.latest.licensedSeats > 0 ? sub.latest.activeSeats / sub.latest.licensedSeats : null;
  const met = utilisation !== null && utilisation >= shared.capacityThreshold;
  return {
    code: 'CAPACITY_NEED',
    met,
    detail: met
      ? `They need the seats: ${readingOf(sub)}, at or over ${pct(shared.capacityThreshold)}`
      : utilisation === null
        ? `No usage reading of ${sub.id}: whether they need more seats is not shown`
        : `They still have room: ${readingOf(sub)}, below ${pct(shared.capacityThreshold)}`,
    date: sub.latest?.date ?? signal?.observedAt ?? null,
    evidence: latestEvidence(sub),
  };
}

/**
 * Seat expansion: idle seats of the same product elsewhere at the account. Honest selling: when
 * they would cover the smallest option, reassigning them comes before buying more.
 */
function idleSeats(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  smallestOption: number | null,
  shared: SharedSettings,
  unitName: (id: string | null) => string,
): OpportunityReason | null {
  const idle = facts.subscriptions.filter(
    (s) =>
      s.inForce &&
      s.productId === candidate.target.product.id &&
      s.id !== candidate.target.subscriptionId &&
      s.latest !== null &&
      s.latest.licensedSeats > 0 &&
      s.latest.activeSeats / s.latest.licensedSeats <= shared.idleUtilisation,
  );
  if (idle.length === 0) return null;
  const spare = idle.reduce((n, s) => n + (s.latest!.licensedSeats - s.latest!.activeSeats), 0);
  const covers = smallestOption !== null && spare >= smallestOption;
  const list = idle.map((s) => `${unitName(s.businessUnitId)} uses ${readingOf(s)}`).join('; ');
  return {
    code: 'IDLE_SEATS_ELSEWHERE',
    met: !covers,
    detail: covers
      ? `${num(spare)} ${candidate.target.product.name} seats sit idle elsewhere (${list}): reassigning them covers the +${num(smallestOption)} of the smallest option, so offer that before selling more`
      : `${num(spare)} idle seats elsewhere (${list}) would not cover the smallest option (+${num(smallestOption ?? 0)})`,
    date: null,
    evidence: idle.flatMap(latestEvidence),
  };
}

/** Tier upgrade, new unit: they already succeed with the product (its seats are used). */
function productSuccess(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['readiness'],
): OpportunityReason | null {
  // A tier upgrade builds on its own subscription; a new unit on the product wherever it is used.
  const own = candidate.target.subscriptionId;
  const subs = facts.subscriptions.filter(
    (s) =>
      s.inForce &&
      s.productId === candidate.target.product.id &&
      s.latest !== null &&
      (own === null || s.id === own),
  );
  if (subs.length === 0) return null;
  const licensed = subs.reduce((n, s) => n + s.latest!.licensedSeats, 0);
  const active = subs.reduce((n, s) => n + s.latest!.activeSeats, 0);
  const utilisation = licensed > 0 ? active / licensed : 0;
  const met = utilisation >= config.productSuccessUtilisation;
  return {
    code: 'PRODUCT_SUCCESS',
    met,
    detail: `${candidate.target.product.name} is used on ${num(active)} of ${num(licensed)} seats (${pct(utilisation)}), ${
      met ? 'at or above' : 'below'
    } the ${pct(config.productSuccessUtilisation)} that shows success with it`,
    date: null,
    evidence: subs.flatMap(latestEvidence),
  };
}

/**
 * Readiness, they can buy: the health gate allows expansion (plays: band, success with what they
 * own, no champion just gone), no support red flag says they are frustrated, and, by kind: a seat
 * expansion's seats are used up (`signals…capacity.threshold`) and not covered by idle seats of
 * the product elsewhere; a tier upgrade or new unit builds on a product they succeed with.
 * Every check is listed, passed or failed.
 */
export function readinessJudgement(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  smallestOption: number | null,
  config: OpportunitiesConfig,
  shared: SharedSettings,
): Judgement {
  const units = new Map(facts.units.map((u) => [u.id, u.name]));
  const unitName = (id: string | null): string => (id === null ? 'the account' : (units.get(id) ?? id));
  const type = candidate.target.expansionType;
  const checks = [
    gate(facts),
    sentiment(facts),
    type === 'SEAT_EXPANSION' ? capacityNeed(candidate, facts, shared) : null,
    type === 'SEAT_EXPANSION' ? idleSeats(candidate, facts, smallestOption, shared, unitName) : null,
    type === 'TIER_UPGRADE' || type === 'NEW_UNIT'
      ? productSuccess(candidate, facts, config.readiness)
      : null,
  ].filter((r): r is OpportunityReason => r !== null);
  return judgement(
    checks,
    `Not ready: ${checks
      .filter((c) => !c.met)
      .map((c) => c.detail)
      .join('; ')}`,
  );
}
