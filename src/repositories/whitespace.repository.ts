import type { CypherExecutor } from '../db/cypher-executor';
import type { Product } from '../domain/read-models';
import type { WhitespaceAccountFacts } from '../domain/whitespace-facts';

/** One account as the whitespace matrix reads it (see cypher/whitespace/account-facts.cypher). */
export type WhitespaceFactsRow = WhitespaceAccountFacts;

export class WhitespaceRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      products: db.prepare('whitespace/products'),
      accountFacts: db.prepare('whitespace/account-facts'),
      portfolioFacts: db.prepare('whitespace/portfolio-facts'),
      peerCandidateIds: db.prepare('whitespace/peer-candidate-ids'),
    };
  }

  async products(tenantId: string): Promise<Product[]> {
    const rows = await this.db.read<{ product: Product }>(this.q.products, tenantId);
    return rows.map((r) => r.product);
  }

  async accountFacts(
    tenantId: string,
    accountIds: readonly string[],
  ): Promise<Map<string, WhitespaceFactsRow>> {
    const rows = await this.db.read<{ account: WhitespaceFactsRow }>(this.q.accountFacts, tenantId, {
      accountIds,
    });
    return new Map(rows.map((r) => [r.account.id, r.account]));
  }

  async portfolioFacts(tenantId: string): Promise<WhitespaceFactsRow[]> {
    const rows = await this.db.read<{ account: WhitespaceFactsRow }>(this.q.portfolioFacts, tenantId);
    return rows.map((r) => r.account);
  }

  /** Accounts sharing the account's industry or segment; every other account when `everyone`. */
  async peerCandidateIds(tenantId: string, accountId: string, everyone: boolean): Promise<string[]> {
    const rows = await this.db.read<{ id: string }>(this.q.peerCandidateIds, tenantId, {
      accountId,
      everyone,
    });
    return rows.map((r) => r.id);
  }
}
