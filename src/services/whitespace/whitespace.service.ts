import type { WhitespaceConfig } from '../../config/analytics/whitespace';
import { NotFoundError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { WhitespaceFactsRow, WhitespaceRepository } from '../../repositories/whitespace.repository';
import { whitespaceMatrix, type RankedCell, type WhitespaceMatrix } from '../../scoring/whitespace';
import {
  portfolioWhitespace,
  portfolioWhitespaceScorer,
  type PortfolioWhitespaceEntry,
  type PortfolioWhitespaceScorer,
} from '../../scoring/whitespace-portfolio';
import { pageInMemory } from '../pagination/in-memory-page';

export class WhitespaceService {
  constructor(
    private readonly whitespace: WhitespaceRepository,
    private readonly config: WhitespaceConfig,
  ) {}

  /**
   * Five reads in two round trips: the account, the catalog, the ids of possible firmographic
   * peers, its behavioural peers and its co-ownership together, then the facts of its subsidiaries
   * and those peers. Only when no tighter peer
   * definition finds enough accounts is the rest of the portfolio read as well.
   */
  async matrix(caller: Caller, accountId: string): Promise<WhitespaceMatrix> {
    const tenantId = caller.tenantId;
    const [roots, products, candidateIds, peers, coOwnership] = await Promise.all([
      this.whitespace.accountFacts(tenantId, [accountId]),
      this.whitespace.products(tenantId),
      this.whitespace.peerCandidateIds(tenantId, accountId, false),
      this.whitespace.behaviouralPeers(tenantId, accountId, this.config.crossSell.behaviouralPeers),
      this.whitespace.coOwnership(tenantId, accountId),
    ]);
    const behaviour = { peers, coOwnership };
    const account = roots.get(accountId);
    if (!account) throw new NotFoundError('Account', accountId);
    const facts = await this.whitespace.accountFacts(tenantId, [
      ...new Set([...account.subsidiaryIds, ...candidateIds]),
    ]);
    const subsidiaries = account.subsidiaryIds.flatMap((id) => facts.get(id) ?? []);
    const candidates = candidateIds.flatMap((id) => facts.get(id) ?? []);
    const matrix = whitespaceMatrix({ account, subsidiaries, candidates, products, behaviour }, this.config);
    if (matrix.peers.basis !== 'PORTFOLIO') return matrix;
    const everyoneIds = await this.whitespace.peerCandidateIds(tenantId, accountId, true);
    const missing = everyoneIds.filter((id) => !facts.has(id));
    const rest =
      missing.length > 0
        ? await this.whitespace.accountFacts(tenantId, missing)
        : new Map<string, WhitespaceFactsRow>();
    const everyone = everyoneIds.flatMap((id) => facts.get(id) ?? rest.get(id) ?? []);
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
   * What any of the tenant's accounts' portfolio whitespace is computed against (the same two
   * reads as the portfolio view, peer pools and co-ownership built once): the score worker builds
   * it once per pass and scores each batch's accounts from it.
   */
  async portfolioScorer(tenantId: string): Promise<PortfolioWhitespaceScorer> {
    const [facts, products] = await Promise.all([
      this.whitespace.portfolioFacts(tenantId),
      this.whitespace.products(tenantId),
    ]);
    return portfolioWhitespaceScorer(facts, products, this.config);
  }
}
