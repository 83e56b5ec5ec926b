import type { WhitespaceConfig } from '../config/analytics/whitespace';
import type { PeerBasis, Segment } from '../domain/vocabulary';
import type { WhitespaceAccountFacts } from '../domain/whitespace-facts';
import { round } from './score-parts';

export type { WhitespaceAccountFacts };

export interface PeerRef {
  id: string;
  name: string;
  industry: string | null;
  segment: Segment | null;
  employeeCount: number | null;
}

export interface PeerGroup {
  basis: PeerBasis;
  /** The definition applied, in words, e.g. "same industry (Manufacturing), same segment (MID_MARKET), …". */
  criteria: string;
  peers: WhitespaceAccountFacts[];
  /** The tighter definitions tried first and how many peers each found. */
  widenedFrom: { basis: PeerBasis; peers: number }[];
}

/** What the peer group says about one product. */
export interface PeerProductEvidence {
  productId: string;
  peerCount: number;
  /** Peers owning the product (active subscription or won purchase): the accounts cited. */
  owners: PeerRef[];
  /** owners / peers; null with no peers (nothing to compare with, not 0%). */
  adoptionRate: number | null;
  /** Σ ARR / Σ seats over the owners' subscriptions of the product; null when none. */
  pricePerSeat: number | null;
  priceSubscriptionIds: string[];
  /** Median of what each owner spends on the product (subscription ARR, else won purchases); null when none. */
  medianSpend: number | null;
}

export function peerRef(account: WhitespaceAccountFacts): PeerRef {
  const { id, name, industry, segment, employeeCount } = account;
  return { id, name, industry, segment, employeeCount };
}

/** Same corporate group: itself, its parent, its subsidiaries. Never its own peers. */
function sameGroup(account: WhitespaceAccountFacts, other: WhitespaceAccountFacts): boolean {
  return (
    other.id === account.id ||
    other.id === account.parentId ||
    other.parentId === account.id ||
    account.subsidiaryIds.includes(other.id)
  );
}

function similarSize(a: number | null, b: number | null, factor: number): boolean {
  if (a === null || b === null || a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) <= factor;
}

interface Tier {
  basis: PeerBasis;
  applies: boolean;
  criteria: string;
  matches: (other: WhitespaceAccountFacts) => boolean;
}

/**
 * Similar accounts, tightest definition first: same industry, segment and size band (employees
 * within `sizeBandFactor` either way); then same industry and segment; same industry; same
 * segment; the whole portfolio. The first definition that finds `minPeers` wins, so a small
 * portfolio still gets an answer, and says how loose it had to be. `candidates` must hold every
 * account sharing the industry or the segment; `everyone` (default: candidates) the whole portfolio.
 */
export function selectPeers(
  account: WhitespaceAccountFacts,
  candidates: readonly WhitespaceAccountFacts[],
  config: WhitespaceConfig['peers'],
  everyone: readonly WhitespaceAccountFacts[] = candidates,
): PeerGroup {
  const { industry, segment, employeeCount } = account;
  const tiers: Tier[] = [
    {
      basis: 'INDUSTRY_SEGMENT_SIZE',
      applies: industry !== null && segment !== null && employeeCount !== null,
      criteria: `same industry (${industry}), same segment (${segment}), employees within ×${config.sizeBandFactor} of ${employeeCount}`,
      matches: (o) =>
        o.industry === industry &&
        o.segment === segment &&
        similarSize(o.employeeCount, employeeCount, config.sizeBandFactor),
    },
    {
      basis: 'INDUSTRY_SEGMENT',
      applies: industry !== null && segment !== null,
      criteria: `same industry (${industry}), same segment (${segment})`,
      matches: (o) => o.industry === industry && o.segment === segment,
    },
    {
      basis: 'INDUSTRY',
      applies: industry !== null,
      criteria: `same industry (${industry})`,
      matches: (o) => o.industry === industry,
    },
    {
      basis: 'SEGMENT',
      applies: segment !== null,
      criteria: `same segment (${segment})`,
      matches: (o) => o.segment === segment,
    },
  ];
  const widenedFrom: PeerGroup['widenedFrom'] = [];
  for (const tier of tiers) {
    if (!tier.applies) continue;
    const peers = candidates.filter((o) => !sameGroup(account, o) && tier.matches(o));
    if (peers.length >= config.minPeers)
      return { basis: tier.basis, criteria: tier.criteria, peers, widenedFrom };
    widenedFrom.push({ basis: tier.basis, peers: peers.length });
  }
  return {
    basis: 'PORTFOLIO',
    criteria: 'every other account in the portfolio',
    peers: everyone.filter((o) => !sameGroup(account, o)),
    widenedFrom,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function peerProductEvidence(group: PeerGroup, productId: string): PeerProductEvidence {
  const owners: PeerRef[] = [];
  const spends: number[] = [];
  let seats = 0;
  let arr = 0;
  const priceSubscriptionIds: string[] = [];
  for (const peer of group.peers) {
    const subscriptions = peer.subscriptions.filter((s) => s.productId === productId);
    const purchases = peer.purchases.filter((p) => p.productId === productId);
    if (subscriptions.length === 0 && purchases.length === 0) continue;
    owners.push(peerRef(peer));
    // What the owner spends on it: its subscriptions' ARR, or (bought outright, no subscription)
    // the sum of its won purchases of it.
    const spend =
      subscriptions.length > 0
        ? subscriptions.reduce((sum, s) => sum + s.arr, 0)
        : purchases.reduce((sum, p) => sum + (p.amount ?? 0), 0);
    if (subscriptions.length > 0 || spend > 0) spends.push(spend);
    for (const s of subscriptions) {
      if (s.seats <= 0) continue;
      seats += s.seats;
      arr += s.arr;
      priceSubscriptionIds.push(s.id);
    }
  }
  const peerCount = group.peers.length;
  return {
    productId,
    peerCount,
    owners,
    adoptionRate: peerCount === 0 ? null : round(owners.length / peerCount),
    pricePerSeat: seats > 0 ? round(arr / seats, 2) : null,
    priceSubscriptionIds,
    medianSpend: median(spends),
  };
}
