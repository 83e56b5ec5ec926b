import type { WhitespaceConfig } from '../config/analytics/whitespace';
import { whitespaceMatrix, type RankedCell, type WhitespaceTotals } from './whitespace';
import { portfolioCoOwnership } from './whitespace-cross-sell';
import { peerPools, type PeerGroup, type WhitespaceAccountFacts } from './whitespace-peers';
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
 * so the list ranks accounts; it is not something to add up. Peers come from pools sorted by size
 * and built once (`peerPools`), at most `maxPeers` per account, so the cost is linear in the
 * portfolio rather than growing with the square of a segment. Cells
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
  const poolOf = peerPools(facts);
  const coOwnershipOf = portfolioCoOwnership(
    new Map(facts.map((f) => [f.id, new Set([...f.subscriptions, ...f.purchases].map((s) => s.productId))])),
  );
  const entries = facts.map((account) => {
    const subsidiaries = account.subsidiaryIds.flatMap((id) => byId.get(id) ?? []);
    const matrix = whitespaceMatrix(
      {
        account,
        subsidiaries,
        candidates: [],
        everyone: facts,
        pool: poolOf(account),
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
