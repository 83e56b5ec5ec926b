import type { WhitespaceConfig } from '../config/analytics/whitespace';
import { whitespaceMatrix, type RankedCell, type WhitespaceTotals } from './whitespace';
import { portfolioCoOwnership } from './whitespace-cross-sell';
import { peerPools, type PeerGroup, type WhitespaceAccountFacts } from './whitespace-peers';
import type { WhitespaceProduct } from './whitespace-sizing';

/** Open cells listed per account by the portfolio view. */
export const DEFAULT_TOP_CELLS = 3;

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
 * What every account's whitespace in a portfolio is computed against: the facts by id, the peer
 * pools sorted by size (`peerPools`) and the co-ownership counts (one pass over the portfolio's
 * ownership), built once. `entryOf` then costs one account's matrix (bounded peers), so scoring
 * any subset of the portfolio (a worker's batch) is linear in the subset.
 */
export interface PortfolioWhitespaceScorer {
  /** The tenant's accounts, in the order of the facts read. */
  accountIds: readonly string[];
  /** One account's entry, or null when it is not in the portfolio read. */
  entryOf(
    accountId: string,
    topCells?: number,
    keep?: (cell: RankedCell) => boolean,
  ): PortfolioWhitespaceEntry | null;
  /** One account's entry with two cuts of its ranked cells: the view's and a caller's own. */
  cutsOf(
    accountId: string,
    cuts: { topCells: number; keep?: (cell: RankedCell) => boolean }[],
  ): { entry: Omit<PortfolioWhitespaceEntry, 'topCells'>; cells: RankedCell[][] } | null;
}

export function portfolioWhitespaceScorer(
  facts: readonly WhitespaceAccountFacts[],
  products: readonly WhitespaceProduct[],
  config: WhitespaceConfig,
): PortfolioWhitespaceScorer {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const poolOf = peerPools(facts);
  const coOwnershipOf = portfolioCoOwnership(
    new Map(facts.map((f) => [f.id, new Set([...f.subscriptions, ...f.purchases].map((s) => s.productId))])),
  );
  const cutsOf: PortfolioWhitespaceScorer['cutsOf'] = (accountId, cuts) => {
    const account = byId.get(accountId);
    if (account === undefined) return null;
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
      entry: {
        accountId: account.id,
        totals: matrix.totals,
        peerBasis: matrix.peers.basis,
        peerCount: matrix.peers.accounts.length,
        dataGaps: matrix.dataGaps,
      },
      cells: cuts.map(({ topCells, keep = () => true }) => matrix.ranked.filter(keep).slice(0, topCells)),
    };
  };
  return {
    accountIds: facts.map((f) => f.id),
    cutsOf,
    entryOf: (accountId, topCells = DEFAULT_TOP_CELLS, keep) => {
      const cut = cutsOf(accountId, [{ topCells, keep }]);
      return cut === null ? null : { ...cut.entry, topCells: cut.cells[0]! };
    },
  };
}

/** Largest whitespace first, ties by account id: the portfolio view's order. */
export function compareWhitespaceEntries(a: PortfolioWhitespaceEntry, b: PortfolioWhitespaceEntry): number {
  return b.totals.whitespaceValue - a.totals.whitespaceValue || a.accountId.localeCompare(b.accountId);
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
  topCells = DEFAULT_TOP_CELLS,
  keep: (cell: RankedCell) => boolean = () => true,
): PortfolioWhitespaceEntry[] {
  const scorer = portfolioWhitespaceScorer(facts, products, config);
  return scorer.accountIds.map((id) => scorer.entryOf(id, topCells, keep)!).sort(compareWhitespaceEntries);
}
