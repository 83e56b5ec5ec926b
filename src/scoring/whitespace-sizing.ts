import type { WhitespaceConfig } from '../config/analytics/whitespace';
import type { Segment, WhitespaceSizingMethod } from '../domain/vocabulary';
import type { PeerProductEvidence } from './whitespace-peers';
import { round } from './score-parts';

export interface WhitespaceProduct {
  id: string;
  name: string;
  family: string | null;
  listPricePerSeat: number | null;
}

/** How an open cell was sized, with every input shown. */
export interface CellSizing {
  /** Null when nothing could size it (see `note`). */
  method: WhitespaceSizingMethod | null;
  /** Seats not yet covered; null when the size of the unit or account is unknown. */
  seats: number | null;
  seatBasis: 'UNIT_HEADCOUNT' | 'ACCOUNT_EMPLOYEES' | null;
  /** The unit's headcount or the account's employees the seats were derived from. */
  population: number | null;
  adoptionRatio: number | null;
  /** Seats of the product the row already has through unit subscriptions (account-wide rows). */
  seatsAlreadyCovered: number;
  pricePerSeat: number | null;
  priceBasis: 'PEER_AVERAGE' | 'LIST_PRICE' | null;
  /** Annual value in the tenant's currency; null when it could not be sized. */
  value: number | null;
  /** Peer subscriptions behind a peer price or a peer median spend. */
  evidenceSubscriptionIds: string[];
  note: string | null;
}

export interface SizingTarget {
  kind: 'UNIT' | 'ACCOUNT';
  /** Unit headcount, or account employees. */
  population: number | null;
  segment: Segment | null;
  seatsAlreadyCovered: number;
}

/** What a seat costs: what peers pay when there is enough evidence (and it is preferred), else list price. */
export function pricePerSeat(
  product: WhitespaceProduct,
  peers: PeerProductEvidence,
  config: WhitespaceConfig['pricing'],
): { price: number | null; basis: CellSizing['priceBasis']; subscriptionIds: string[] } {
  const peerPrice =
    peers.pricePerSeat !== null && peers.priceSubscriptionIds.length >= config.minPeerSubscriptions
      ? {
          price: peers.pricePerSeat,
          basis: 'PEER_AVERAGE' as const,
          subscriptionIds: peers.priceSubscriptionIds,
        }
      : null;
  const listPrice =
    product.listPricePerSeat !== null
      ? { price: product.listPricePerSeat, basis: 'LIST_PRICE' as const, subscriptionIds: [] }
      : null;
  const fewPeers =
    peers.pricePerSeat !== null
      ? {
          price: peers.pricePerSeat,
          basis: 'PEER_AVERAGE' as const,
          subscriptionIds: peers.priceSubscriptionIds,
        }
      : null;
  const chosen = (config.preferPeerPrice ? (peerPrice ?? listPrice) : (listPrice ?? peerPrice)) ?? fewPeers;
  return chosen ?? { price: null, basis: null, subscriptionIds: [] };
}

/**
 * Seats not yet covered × price per seat. Seats: round(people × the segment's `adoptionRatio`),
 * people being a unit's headcount or the account's employees, less (account-wide rows) the
 * seats its units already hold. When the population is unknown, what peers typically pay for the product (their median
 * annual spend) sizes it instead; with neither, the cell is left unsized and says why.
 */
export function sizeCell(
  target: SizingTarget,
  product: WhitespaceProduct,
  peers: PeerProductEvidence,
  config: WhitespaceConfig,
): CellSizing {
  const price = pricePerSeat(product, peers, config.pricing);
  const ratio = config.adoptionRatio[target.segment ?? 'unknown'];
  const base: CellSizing = {
    method: null,
    seats: null,
    seatBasis: target.kind === 'UNIT' ? 'UNIT_HEADCOUNT' : 'ACCOUNT_EMPLOYEES',
    population: target.population,
    adoptionRatio: ratio,
    seatsAlreadyCovered: target.seatsAlreadyCovered,
    pricePerSeat: price.price,
    priceBasis: price.basis,
    value: null,
    evidenceSubscriptionIds: price.subscriptionIds,
    note: null,
  };
  if (target.population !== null) {
    const seats = Math.max(0, Math.round(target.population * ratio) - target.seatsAlreadyCovered);
    if (price.price === null) {
      return { ...base, seats, note: 'No list price and no peer subscription to price a seat' };
    }
    return {
      ...base,
      method: price.basis === 'PEER_AVERAGE' ? 'SEATS_TIMES_PEER_PRICE' : 'SEATS_TIMES_LIST_PRICE',
      seats,
      value: round(seats * price.price, 2),
    };
  }
  const unknown = target.kind === 'UNIT' ? 'Unit headcount unknown' : 'Account employee count unknown';
  if (peers.medianSpend !== null) {
    return {
      ...base,
      method: 'PEER_MEDIAN_SPEND',
      seatBasis: null,
      adoptionRatio: null,
      pricePerSeat: null,
      priceBasis: null,
      value: round(peers.medianSpend, 2),
      evidenceSubscriptionIds: peers.priceSubscriptionIds,
      note: `${unknown}: sized at what peers owning it pay (median)`,
    };
  }
  return { ...base, note: `${unknown} and no peer owns the product: not sized` };
}
