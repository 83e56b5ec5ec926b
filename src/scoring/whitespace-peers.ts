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
  /** The pool it draws from, sorted by employees (see `PeerPool`). */
  pool: readonly WhitespaceAccountFacts[];
  matches: (other: WhitespaceAccountFacts) => boolean;
}

/**
 * Where an account's peers may come from, each list sorted by employee count (unknown last, then
 * by id): the accounts sharing its industry and segment, its industry, its segment, and everyone.
 * The portfolio ranking builds these lists once for every account (`peerPools`), so choosing an
 * account's peers costs a binary search and at most `maxPeers` steps, not a pass over the
 * portfolio.
 */
export interface PeerPool {
  industrySegment: readonly WhitespaceAccountFacts[];
  industry: readonly WhitespaceAccountFacts[];
  segment: readonly WhitespaceAccountFacts[];
  everyone: readonly WhitespaceAccountFacts[];
}

const bySize = (a: WhitespaceAccountFacts, b: WhitespaceAccountFacts): number =>
  (a.employeeCount ?? Infinity) - (b.employeeCount ?? Infinity) || a.id.localeCompare(b.id);

/** The pools of one account from a list of candidates (any order). */
export function peerPoolOf(
  account: WhitespaceAccountFacts,
  candidates: readonly WhitespaceAccountFacts[],
  everyone: readonly WhitespaceAccountFacts[] = candidates,
): PeerPool {
  const { industry, segment } = account;
  const sorted = [...candidates].sort(bySize);
  return {
    industrySegment: sorted.filter((o) => o.industry === industry && o.segment === segment),
    industry: sorted.filter((o) => o.industry === industry),
    segment: sorted.filter((o) => o.segment === segment),
    everyone: [...everyone].sort(bySize),
  };
}

/** Every account's pools over one portfolio, sharing the sorted lists: built once, linear. */
export function peerPools(
  facts: readonly WhitespaceAccountFacts[],
): (account: WhitespaceAccountFacts) => PeerPool {
  const sorted = [...facts].sort(bySize);
  const group = (key: (f: WhitespaceAccountFacts) => string | null) => {
    const groups = new Map<string, WhitespaceAccountFacts[]>();
    for (const f of sorted) {
      const k = key(f);
      if (k === null) continue;
      const list = groups.get(k) ?? [];
      list.push(f);
      groups.set(k, list);
    }
    return groups;
  };
  const both = group((f) =>
    f.industry !== null && f.segment !== null ? `${f.industry}\u0000${f.segment}` : null,
  );
  const industries = group((f) => f.industry);
  const segments = group((f) => f.segment);
  return (account) => ({
    industrySegment: both.get(`${account.industry}\u0000${account.segment}`) ?? [],
    industry: (account.industry !== null ? industries.get(account.industry) : undefined) ?? [],
    segment: (account.segment !== null ? segments.get(account.segment) : undefined) ?? [],
    everyone: sorted,
  });
}

/**
 * Up to `max` accounts of a pool (sorted by size) that `matches` accepts, nearest in size to the
 * account first: a binary search for its place, then outwards, the nearer side each step
 * (ratio of employee counts; unknown sizes come last, by id). `banded` stops a side at its first
 * miss, as a size band does on a sorted pool.
 */
function nearest(
  account: WhitespaceAccountFacts,
  pool: readonly WhitespaceAccountFacts[],
  matches: (other: WhitespaceAccountFacts) => boolean,
  max: number,
  banded: boolean,
): WhitespaceAccountFacts[] {
  const size = account.employeeCount;
  let lo = 0;
  let hi = pool.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bySize(pool[mid]!, account) < 0) lo = mid + 1;
    else hi = mid;
  }
  const distance = (o: WhitespaceAccountFacts) =>
    size === null || size <= 0 || o.employeeCount === null || o.employeeCount <= 0
      ? Infinity
      : Math.abs(Math.log(o.employeeCount / size));
  const chosen: WhitespaceAccountFacts[] = [];
  let left = lo - 1;
  let right = lo;
  let leftOpen = true;
  let rightOpen = true;
  while (chosen.length < max && ((leftOpen && left >= 0) || (rightOpen && right < pool.length))) {
    const l = leftOpen && left >= 0 ? pool[left]! : null;
    const r = rightOpen && right < pool.length ? pool[right]! : null;
    const takeLeft = l !== null && (r === null || distance(l) <= distance(r));
    const candidate = takeLeft ? l : r!;
    if (takeLeft) left -= 1;
    else right += 1;
    if (sameGroup(account, candidate)) continue;
    if (matches(candidate)) chosen.push(candidate);
    else if (banded) {
      if (takeLeft) leftOpen = false;
      else rightOpen = false;
    }
  }
  return chosen.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Similar accounts, tightest definition first: same industry, segment and size band (employees
 * within `sizeBandFactor` either way); then same industry and segment; same industry; same
 * segment; the whole portfolio. The first definition that finds `minPeers` wins, so a small
 * portfolio still gets an answer, and says how loose it had to be. A definition keeps at most
 * `maxPeers`, those nearest in size, so the evidence read per account is bounded whatever the
 * portfolio's size. `candidates` must hold every account sharing the industry or the segment;
 * `everyone` (default: candidates) the whole portfolio; or `pool` gives the sorted lists.
 */
export function selectPeers(
  account: WhitespaceAccountFacts,
  candidates: readonly WhitespaceAccountFacts[],
  config: WhitespaceConfig['peers'],
  everyone: readonly WhitespaceAccountFacts[] = candidates,
  pool: PeerPool = peerPoolOf(account, candidates, everyone),
): PeerGroup {
  const { industry, segment, employeeCount } = account;
  const tiers: Tier[] = [
    {
      basis: 'INDUSTRY_SEGMENT_SIZE',
      applies: industry !== null && segment !== null && employeeCount !== null,
      criteria: `same industry (${industry}), same segment (${segment}), employees within ×${config.sizeBandFactor} of ${employeeCount}`,
      pool: pool.industrySegment,
      matches: (o) => similarSize(o.employeeCount, employeeCount, config.sizeBandFactor),
    },
    {
      basis: 'INDUSTRY_SEGMENT',
      applies: industry !== null && segment !== null,
      criteria: `same industry (${industry}), same segment (${segment})`,
      pool: pool.industrySegment,
      matches: () => true,
    },
    {
      basis: 'INDUSTRY',
      applies: industry !== null,
      criteria: `same industry (${industry})`,
      pool: pool.industry,
      matches: () => true,
    },
    {
      basis: 'SEGMENT',
      applies: segment !== null,
      criteria: `same segment (${segment})`,
      pool: pool.segment,
      matches: () => true,
    },
  ];
  const widenedFrom: PeerGroup['widenedFrom'] = [];
  for (const tier of tiers) {
    if (!tier.applies) continue;
    const peers = nearest(
      account,
      tier.pool,
      tier.matches,
      config.maxPeers,
      tier.basis === 'INDUSTRY_SEGMENT_SIZE',
    );
    if (peers.length >= config.minPeers)
      return { basis: tier.basis, criteria: tier.criteria, peers, widenedFrom };
    widenedFrom.push({ basis: tier.basis, peers: peers.length });
  }
  return {
    basis: 'PORTFOLIO',
    criteria: 'every other account in the portfolio',
    peers: nearest(account, pool.everyone, () => true, config.maxPeers, false),
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
