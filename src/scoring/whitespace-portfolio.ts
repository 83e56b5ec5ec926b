import type { WhitespaceConfig } from '../config/analytics/whitespace';
import { whitespaceMatrix, type RankedCell, type WhitespaceTotals } from './whitespace';
import { portfolioCoOwnership } from './whitespace-cross-sell';
import type { PeerGroup, WhitespaceAccountFacts } from './whitespace-peers';
import type { WhitespaceProduct } from './whitespace-sizing';

export interface PortfolioWhitespaceEntry {
  accountId: string;
  totals: WhitespaceTotals;
  peerBasis: PeerGroup['basis'];
  peerCount: number;
  /** The account's best open cells (highest rank first), of those the caller keeps. */
  topCells: RankedCell[];
  dataGaps: string[];
}

/**
 * Every account's whitespace from one read of the portfolio, largest first (ties by id). A
 * parent's total includes its subsidiaries' rows and each subsidiary is also listed on its own,
 * so the list ranks accounts; it is not something to add up. Peers come from accounts sharing the
 * industry or the segment, looked up through two maps rather than by comparing every pair. Cells
 * rank by co-ownership (one pass over the portfolio's ownership) and firmographic peers; the
 * nearest accounts by owned products, a per-account search, are read by `whitespace` alone.
 */
export function portfolioWhitespace(
  facts: readonly WhitespaceAccountFacts[],
  products: readonly WhitespaceProduct[],
  config: WhitespaceConfig,
  topCells = 3,
  keep: (cell: RankedCell) => boolean = () => true,
): PortfolioWhitespaceEntry[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const byIndustry = groupBy(facts, (f) => f.industry);
  const bySegment = groupBy(facts, (f) => f.segment);
  const coOwnershipOf = portfolioCoOwnership(
    new Map(facts.map((f) => [f.id, new Set([...f.subscriptions, ...f.purchases].map((s) => s.productId))])),
  );
  const entries = facts.map((account) => {
    const candidates = new Set([
      ...(byIndustry.get(account.industry) ?? []),
      ...(bySegment.get(account.segment) ?? []),
    ]);
    const subsidiaries = account.subsidiaryIds.flatMap((id) => byId.get(id) ?? []);
    const matrix = whitespaceMatrix(
      {
        account,
        subsidiaries,
        candidates: [...candidates],
        everyone: facts,
        products,
        behaviour: { peers: [], coOwnership: coOwnershipOf(account.id) },
      },
      config,
    );
    return {
      accountId: account.id,
      totals: matrix.totals,
      peerBasis: matrix.peers.basis,
      peerCount: matrix.peers.accounts.length,
      topCells: matrix.ranked.filter(keep).slice(0, topCells),
      dataGaps: matrix.dataGaps,
    };
  });
  return entries.sort(
    (a, b) => b.totals.whitespaceValue - a.totals.whitespaceValue || a.accountId.localeCompare(b.accountId),
  );
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K | null): Map<K | null, T[]> {
  const groups = new Map<K | null, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  return groups;
}
