import type { WhitespaceConfig } from '../../config/analytics/whitespace';
import { NotFoundError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { WhitespaceFactsRow, WhitespaceRepository } from '../../repositories/whitespace.repository';
import { whitespaceMatrix, type RankedCell, type WhitespaceMatrix } from '../../scoring/whitespace';
import type { WhitespaceProduct } from '../../scoring/whitespace-sizing';
import {
  portfolioWhitespace,
  portfolioWhitespaceScorer,
  type PortfolioWhitespaceEntry,
  type PortfolioWhitespaceScorer,
} from '../../scoring/whitespace-portfolio';
import { pageInMemory } from '../pagination/in-memory-page';

/** Tenants whose last full whitespace read is kept for small passes. */
const RECENT_TENANTS = 4;

export class WhitespaceService {
  /** Each tenant's last full read of the portfolio's whitespace facts, for small passes. */
  private readonly recentFacts = new Map<string, { facts: WhitespaceFactsRow[]; readAt: number }>();

  constructor(
    private readonly whitespace: WhitespaceRepository,
    private readonly config: WhitespaceConfig,
  ) {}

  /**
   * One statement: the account, the catalog, the ids and facts of its possible firmographic peers
   * and subsidiaries, its behavioural peers and its co-ownership. Only when no tighter peer
   * definition finds enough accounts is the rest of the portfolio read as well (a second one).
   */
  async matrix(caller: Caller, accountId: string): Promise<WhitespaceMatrix> {
    const tenantId = caller.tenantId;
    const read = await this.whitespace.matrixFacts(
      tenantId,
      accountId,
      this.config.crossSell.behaviouralPeers,
    );
    const account = read?.accounts.get(accountId);
    if (!read || !account) throw new NotFoundError('Account', accountId);
    const { products, candidateIds, accounts: facts, peers, coOwnership } = read;
    const behaviour = { peers, coOwnership };
    const subsidiaries = account.subsidiaryIds.flatMap((id) => facts.get(id) ?? []);
    const candidates = candidateIds.flatMap((id) => facts.get(id) ?? []);
    const matrix = whitespaceMatrix({ account, subsidiaries, candidates, products, behaviour }, this.config);
    if (matrix.peers.basis !== 'PORTFOLIO') return matrix;
    const rest = await this.whitespace.otherAccountFacts(tenantId, accountId, [...facts.keys()]);
    const everyone = rest.ids.flatMap((id) => facts.get(id) ?? rest.facts.get(id) ?? []);
    return whitespaceMatrix(
      { account, subsidiaries, candidates, everyone, products, behaviour },
      this.config,
    );
  }

  /**
   * Two reads whatever the portfolio's size; largest whitespace first. Archived accounts are left
   * out unless includeArchived (they still count as peers: what they bought stays evidence).
   */
  async portfolio(
    caller: Caller,
    first: number,
    after: string | null | undefined,
    { includeArchived = false }: { includeArchived?: boolean } = {},
  ): Promise<Page<PortfolioWhitespaceEntry>> {
    const entries = await this.portfolioEntries(caller, undefined, undefined, includeArchived);
    return pageInMemory(
      entries,
      first,
      after,
      (e) => e.accountId,
      (e) => e.totals.whitespaceValue,
    );
  }

  /**
   * Every account's whitespace with its `topCells` best open cells (of those `keep` accepts),
   * largest first: the same two reads, for callers that weigh the cells of the whole portfolio
   * (expansion opportunities).
   */
  async portfolioEntries(
    caller: Caller,
    topCells?: number,
    keep?: (cell: RankedCell) => boolean,
    includeArchived = true,
  ): Promise<PortfolioWhitespaceEntry[]> {
    const [facts, products] = await Promise.all([
      this.whitespace.portfolioFacts(caller.tenantId),
      this.whitespace.products(caller.tenantId),
    ]);
    const entries = portfolioWhitespace(facts, products, this.config, topCells, keep);
    if (includeArchived) return entries;
    const archived = new Set(facts.filter((f) => f.archivedAt != null).map((f) => f.id));
    return entries.filter((e) => !archived.has(e.accountId));
  }

  /**
   * What the tenant's portfolio whitespace is computed against: the facts of every account and
   * the catalog (the same two reads as the portfolio view). `full` says they were all read now;
   * with `reuseWithinMs`, the facts of the tenant's last full read are returned instead when they
   * are younger than that (`full: false`: the caller re-reads the accounts it scores, `patched`).
   */
  async portfolioBase(tenantId: string, reuseWithinMs: number | null): Promise<WhitespaceBase> {
    const recent = this.recentFacts.get(tenantId);
    if (reuseWithinMs !== null && recent !== undefined && Date.now() - recent.readAt <= reuseWithinMs) {
      return { facts: recent.facts, products: await this.whitespace.products(tenantId), full: false };
    }
    const [facts, products] = await Promise.all([
      this.whitespace.portfolioFacts(tenantId),
      this.whitespace.products(tenantId),
    ]);
    this.recentFacts.delete(tenantId);
    this.recentFacts.set(tenantId, { facts, readAt: Date.now() });
    // A few tenants' facts at most: the oldest read goes first.
    while (this.recentFacts.size > RECENT_TENANTS) {
      this.recentFacts.delete(this.recentFacts.keys().next().value!);
    }
    return { facts, products, full: true };
  }

  /**
   * The whitespace scorer of a portfolio base (peer pools and co-ownership built once). On a base
   * not read in full, the facts of `accountIds` (the accounts about to be scored) are re-read
   * first, so their whitespace reflects their own latest writes; their peers' facts are as old as
   * the base.
   */
  async scorerOf(
    tenantId: string,
    base: WhitespaceBase,
    accountIds: readonly string[],
  ): Promise<PortfolioWhitespaceScorer> {
    if (base.full) return portfolioWhitespaceScorer(base.facts, base.products, this.config);
    const fresh = await this.whitespace.accountFacts(tenantId, accountIds);
    const facts = base.facts.map((f) => {
      const updated = fresh.get(f.id);
      return updated === undefined ? f : { ...updated, archivedAt: f.archivedAt };
    });
    const known = new Set(base.facts.map((f) => f.id));
    const added = [...fresh.values()].filter((f) => !known.has(f.id));
    // In id order, as the portfolio read returns them.
    const all = added.length === 0 ? facts : [...facts, ...added].sort((a, b) => (a.id < b.id ? -1 : 1));
    return portfolioWhitespaceScorer(all, base.products, this.config);
  }
}

/** The facts a pass scores whitespace against (see `WhitespaceService.portfolioBase`). */
export interface WhitespaceBase {
  facts: readonly WhitespaceFactsRow[];
  products: readonly WhitespaceProduct[];
  full: boolean;
}
