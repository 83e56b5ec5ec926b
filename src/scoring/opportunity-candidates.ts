import type { ExpansionSignalKind, ExpansionType } from '../domain/vocabulary';
import type {
  OpportunityAccountFacts,
  OpportunityProduct,
  OpportunityTarget,
  SignalFinding,
} from './opportunity-parts';
import type { RankedCell } from './whitespace';

/**
 * Open whitespace weighed as a candidate: OPEN or COMPETITOR cells of the account as a whole or
 * of one of its units. A subsidiary's row is left to the subsidiary, an account of its own with
 * its own people, health and opportunities (so a group's opportunities are never counted twice).
 */
export function isCandidateCell(cell: RankedCell): boolean {
  return (cell.status === 'OPEN' || cell.status === 'COMPETITOR') && cell.rowKind !== 'SUBSIDIARY';
}

/** The signals that expand the subscription they were read on, and how. */
const SUBSCRIPTION_EXPANSIONS: Partial<Record<ExpansionSignalKind, ExpansionType>> = {
  SEAT_CAPACITY: 'SEAT_EXPANSION',
  FEATURE_ADOPTION_VELOCITY: 'TIER_UPGRADE',
};

/** Something that may become an opportunity: its target and what it was found from. */
export interface OpportunityCandidate {
  /** Stable: account, kind, product and where. */
  id: string;
  target: OpportunityTarget;
  /** The signals behind it, the one that raised it first. */
  signals: SignalFinding[];
  /** The whitespace cell behind it. */
  cell: RankedCell | null;
}

/**
 * Signals and whitespace cells become candidates, one per (kind of expansion, product, where):
 *
 *   SEAT_CAPACITY              → SEAT_EXPANSION of that subscription
 *   FEATURE_ADOPTION_VELOCITY  → TIER_UPGRADE of that subscription
 *   USAGE_ASYMMETRY            → SEAT_EXPANSION of each HEAVY unit's subscription, NEW_UNIT for
 *                                each unit using it without a licence (IDLE units are weighed
 *                                as spare seats by readiness)
 *   HIRING_GROWTH              → SEAT_EXPANSION of the largest account-wide subscription (more
 *                                people need seats); elsewhere it is context
 *   a whitespace cell          → NEW_UNIT when the account owns the product elsewhere (another
 *                                unit), else CROSS_SELL
 *
 * Findings about the same target merge into one candidate, so a unit at capacity that is also
 * the busy side of an asymmetry is one opportunity with two signals.
 */
export function opportunityCandidates(facts: OpportunityAccountFacts): OpportunityCandidate[] {
  const products = new Map(facts.products.map((p) => [p.id, p]));
  const unitName = new Map(facts.units.map((u) => [u.id, u.name]));
  const byId = new Map<string, OpportunityCandidate>();
  const productOf = (id: string, name: string | null): OpportunityProduct =>
    products.get(id) ?? { id, name: name ?? id, family: null, listPricePerSeat: null };

  const add = (
    type: ExpansionType,
    product: OpportunityProduct,
    place: { businessUnitId?: string | null },
    subscriptionId: string | null,
    from: { signal?: SignalFinding; cell?: RankedCell },
  ): void => {
    const businessUnitId = place.businessUnitId ?? null;
    const id = [facts.accountId, type, product.id, businessUnitId ?? 'ACCOUNT'].join('/');
    const candidate = byId.get(id) ?? {
      id,
      target: {
        expansionType: type,
        product,
        businessUnitId,
        businessUnitName: businessUnitId === null ? null : (unitName.get(businessUnitId) ?? businessUnitId),
        subscriptionId,
      },
      signals: [],
      cell: null,
    };
    if (from.signal && !candidate.signals.includes(from.signal)) candidate.signals.push(from.signal);
    if (from.cell && candidate.cell === null) candidate.cell = from.cell;
    candidate.target.subscriptionId ??= subscriptionId;
    byId.set(id, candidate);
  };

  for (const signal of facts.signals) {
    const ofSubscription = SUBSCRIPTION_EXPANSIONS[signal.kind];
    if (ofSubscription && signal.productId) {
      add(
        ofSubscription,
        productOf(signal.productId, signal.productName),
        { businessUnitId: signal.businessUnitId },
        signal.subscriptionId,
        { signal },
      );
    } else if (signal.kind === 'USAGE_ASYMMETRY' && signal.asymmetry) {
      const product = productOf(signal.asymmetry.productId, signal.asymmetry.productName);
      for (const unit of signal.asymmetry.units) {
        if (unit.state === 'HEAVY') {
          add('SEAT_EXPANSION', product, { businessUnitId: unit.businessUnitId }, unit.subscriptionId, {
            signal,
          });
        } else if (unit.state === 'UNLICENSED_ACTIVE') {
          add('NEW_UNIT', product, { businessUnitId: unit.businessUnitId }, null, { signal });
        }
      }
    }
  }
  // Hiring last: it joins a seat expansion the usage already raised when there is one.
  for (const signal of facts.signals.filter((s) => s.kind === 'HIRING_GROWTH')) {
    const seatCandidates = [...byId.values()].filter((c) => c.target.expansionType === 'SEAT_EXPANSION');
    const largest = facts.subscriptions
      .filter((s) => s.inForce && s.businessUnitId === null)
      .sort((a, b) => b.seatsLicensed - a.seatsLicensed || a.id.localeCompare(b.id))[0];
    const joined = seatCandidates.find((c) => c.target.subscriptionId === largest?.id) ?? null;
    if (joined) joined.signals.push(signal);
    else if (largest) {
      add('SEAT_EXPANSION', productOf(largest.productId, largest.productName), {}, largest.id, { signal });
    }
  }

  const owned = new Set(facts.subscriptions.filter((s) => s.inForce).map((s) => s.productId));
  for (const cell of facts.whitespace) {
    if (!isCandidateCell(cell)) continue;
    const product = productOf(cell.product.id, cell.product.name);
    const type: ExpansionType = owned.has(product.id) ? 'NEW_UNIT' : 'CROSS_SELL';
    add(type, product, cell.rowKind === 'BUSINESS_UNIT' ? { businessUnitId: cell.rowId } : {}, null, {
      cell,
    });
  }
  return [...byId.values()];
}
