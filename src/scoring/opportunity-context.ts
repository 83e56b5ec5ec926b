import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { OpportunityCandidate } from './opportunity-candidates';
import { describeObjective, type ServedObjective } from './opportunity-objectives';
import {
  judgement,
  num,
  objectiveEvidence,
  pct,
  personEvidence,
  type Judgement,
  type OpportunityAccountFacts,
  type OpportunityEvidence,
  type OpportunityReason,
  type SignalFinding,
} from './opportunity-parts';
import type { UsageSnapshotFact } from './signals-facts';

/** The SEAT_CAPACITY signal on the candidate's own subscription, if any. */
export function capacityOf(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
): SignalFinding | null {
  const subscriptionId = candidate.target.subscriptionId;
  if (subscriptionId === null) return null;
  return (
    facts.signals.find(
      (s) => s.kind === 'SEAT_CAPACITY' && s.capacity !== null && s.subscriptionId === subscriptionId,
    ) ?? null
  );
}

function snapshotEvidence(s: UsageSnapshotFact): OpportunityEvidence {
  return {
    kind: 'USAGE_SNAPSHOT',
    id: s.id,
    date: s.date,
    label: `${num(s.activeSeats)} of ${num(s.licensedSeats)} seats active`,
    value: s.activeSeats,
  };
}

function adoptionEvidence(s: UsageSnapshotFact): OpportunityEvidence {
  return {
    kind: 'USAGE_SNAPSHOT',
    id: s.id,
    date: s.date,
    label: `${s.featuresAdopted ?? '?'} of ${s.featuresAvailable ?? '?'} features adopted`,
    value: s.featuresAdopted,
  };
}

/** The signal is this candidate's own finding, not a cause beyond it. */
const isOrigin = (candidate: OpportunityCandidate, signal: SignalFinding): boolean =>
  candidate.signals[0] === signal;

function sustainedGrowth(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['context'],
): OpportunityReason | null {
  // More people on the seats is a reason for more seats, not for a higher tier.
  if (candidate.target.expansionType !== 'SEAT_EXPANSION') return null;
  const capacity = capacityOf(candidate, facts)?.capacity;
  if (!capacity || capacity.growthPerMonth === null || capacity.growthPerMonth <= 0) return null;
  const share = capacity.growthPerMonth / capacity.licensedSeats;
  const first = capacity.snapshots[0];
  const last = capacity.snapshots[capacity.snapshots.length - 1];
  if (!first || !last || capacity.snapshots.length < config.minGrowthSnapshots) return null;
  if (share < config.minMonthlyGrowthShare) return null;
  return {
    code: 'SUSTAINED_GROWTH',
    met: true,
    detail: `Active seats grew from ${num(first.activeSeats)} on ${first.date} to ${num(last.activeSeats)} on ${last.date}: +${capacity.growthPerMonth} a month over ${capacity.snapshots.length} readings (${pct(share)} of the ${num(capacity.licensedSeats)} seats a month)`,
    date: last.date,
    evidence: capacity.snapshots.map(snapshotEvidence),
  };
}

function adoption(candidate: OpportunityCandidate, facts: OpportunityAccountFacts): OpportunityReason | null {
  const signal = facts.signals.find(
    (s) =>
      s.kind === 'FEATURE_ADOPTION_VELOCITY' &&
      s.productId === candidate.target.product.id &&
      (candidate.target.businessUnitId === null || s.businessUnitId === candidate.target.businessUnitId) &&
      !isOrigin(candidate, s),
  );
  if (!signal?.adoption) return null;
  return {
    code: 'ADOPTION_VELOCITY',
    met: true,
    detail: signal.summary,
    date: signal.observedAt,
    evidence: signal.adoption.snapshots.map(adoptionEvidence),
  };
}

function hiring(candidate: OpportunityCandidate, facts: OpportunityAccountFacts): OpportunityReason | null {
  if (candidate.target.expansionType === 'TIER_UPGRADE') return null;
  const signal = facts.signals.find((s) => s.kind === 'HIRING_GROWTH' && !isOrigin(candidate, s));
  const detail = signal?.hiring;
  if (!signal || !detail) return null;
  const unitId = candidate.target.businessUnitId;
  const units = unitId === null ? detail.units : detail.units.filter((u) => u.businessUnitId === unitId);
  const joined = units.flatMap((u) => u.joined);
  if (joined.length === 0) return null;
  const byId = new Map(facts.accountPeople.map((p) => [p.id, p]));
  return {
    code: 'HIRING_GROWTH',
    met: true,
    detail:
      unitId === null
        ? signal.summary
        : `${joined.length} of the people we know joined ${candidate.target.businessUnitName ?? unitId} since ${detail.windowStart}`,
    date:
      joined
        .map((j) => j.date)
        .sort()
        .pop() ?? null,
    evidence: joined.map((j) =>
      personEvidence(
        { personId: j.personId, name: byId.get(j.personId)?.name ?? j.personId },
        `${byId.get(j.personId)?.name ?? j.personId} joined on ${j.date}`,
      ),
    ),
  };
}

function objectives(
  candidate: OpportunityCandidate,
  served: readonly ServedObjective[],
): OpportunityReason[] {
  return served.map((s) => ({
    code: 'CUSTOMER_OBJECTIVE',
    met: true,
    detail: describeObjective(s, candidate.target.businessUnitName),
    date: s.objective.dueDate,
    evidence: [
      objectiveEvidence(s.objective),
      ...(s.objective.ownerPersonId
        ? [personEvidence({ personId: s.objective.ownerPersonId, name: s.objective.ownerName ?? '' })]
        : []),
    ],
  }));
}

function competitor(candidate: OpportunityCandidate): OpportunityReason | null {
  const competitors = candidate.cell?.competitors ?? [];
  if (competitors.length === 0) return null;
  const names = competitors.map(
    (c) =>
      `${c.name}${c.businessUnitId ? ' in a unit' : ' across the account'}${c.since ? ` since ${c.since}` : ''}`,
  );
  return {
    code: 'COMPETITOR_PRESENT',
    met: true,
    detail: `${names.join('; ')}: an alternative to ${candidate.target.product.name} already in use, which consolidating onto ours would replace`,
    date: competitors.map((c) => c.since ?? '').sort()[0] || null,
    evidence: competitors.map((c) => ({
      kind: 'COMPETITOR',
      id: c.competitorId,
      date: c.since,
      label: c.name,
      value: null,
    })),
  };
}

/** NEW_UNIT: the product already succeeds in another unit of the account. */
function provenElsewhere(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  successUtilisation: number,
): OpportunityReason | null {
  if (candidate.target.expansionType !== 'NEW_UNIT') return null;
  const unitName = new Map(facts.units.map((u) => [u.id, u.name]));
  const proven = facts.subscriptions.filter(
    (s) =>
      s.inForce &&
      s.productId === candidate.target.product.id &&
      s.businessUnitId !== candidate.target.businessUnitId &&
      s.latest !== null &&
      s.latest.licensedSeats > 0 &&
      s.latest.activeSeats / s.latest.licensedSeats >= successUtilisation,
  );
  if (proven.length === 0) return null;
  return {
    code: 'PROVEN_IN_ANOTHER_UNIT',
    met: true,
    detail: `${candidate.target.product.name} already works elsewhere: ${proven
      .map(
        (s) =>
          `${pct(s.latest!.activeSeats / s.latest!.licensedSeats)} of ${num(s.latest!.licensedSeats)} seats used in ${
            s.businessUnitId ? (unitName.get(s.businessUnitId) ?? s.businessUnitId) : 'the account'
          } (${s.id})`,
      )
      .join('; ')}`,
    date:
      proven
        .map((s) => s.latest!.date)
        .sort()
        .pop() ?? null,
    evidence: proven.map((s) => ({
      kind: 'USAGE_SNAPSHOT',
      id: s.latest!.id,
      date: s.latest!.date,
      label: `${s.productName}: ${s.latest!.activeSeats} of ${s.latest!.licensedSeats} seats active`,
      value: s.latest!.activeSeats,
    })),
  };
}

/**
 * Context, why it happens: a cause in the data beyond the finding itself. Any of: seat growth
 * sustained over readings (at least `minGrowthSnapshots`, adding `minMonthlyGrowthShare` of the
 * seats a month), adoption velocity on the product, hiring in the account or unit, an ACTIVE
 * objective the product serves, a competitor it would replace, or (new unit) success with the
 * product in another unit. A signal is not the context of the candidate it raised (adoption
 * velocity for its tier upgrade, hiring for its seat expansion); the growth a capacity signal was
 * fitted to is, since it is why the seats fill up.
 */
export function contextJudgement(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig,
): Judgement {
  const reasons = [
    sustainedGrowth(candidate, facts, config.context),
    adoption(candidate, facts),
    hiring(candidate, facts),
    ...objectives(candidate, served),
    competitor(candidate),
    provenElsewhere(candidate, facts, config.readiness.productSuccessUtilisation),
  ].filter((r): r is OpportunityReason => r !== null);
  return judgement(
    reasons,
    `No cause beyond the finding itself: no sustained seat growth, adoption velocity or hiring behind it, no active objective of ${facts.accountName} that ${candidate.target.product.name} serves, no competitor to replace`,
  );
}
