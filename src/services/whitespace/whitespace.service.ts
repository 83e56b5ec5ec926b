import type { WhitespaceConfig } from '../../config/analytics/whitespace';
import { NotFoundError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { WhitespaceRepository } from '../../repositories/whitespace.repository';
import { whitespaceMatrix, type RankedCell, type WhitespaceMatrix } from '../../scoring/whitespace';
import { portfolioWhitespace, type PortfolioWhitespaceEntry } from '../../scoring/whitespace-portfolio';
import { pageInMemory } from '../pagination/in-memory-page';

export class WhitespaceService {
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
}
