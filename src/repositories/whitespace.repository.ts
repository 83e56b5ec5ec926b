import type { CypherExecutor } from '../db/cypher-executor';
import type { Product } from '../domain/read-models';
import type { BehaviouralPeerRow, CoOwnershipRow, WhitespaceAccountFacts } from '../domain/whitespace-facts';

/** One account as the whitespace matrix reads it (see cypher/whitespace/account-facts.cypher). */
export type WhitespaceFactsRow = WhitespaceAccountFacts;

/** What one account's matrix reads (see cypher/whitespace/matrix-facts.cypher). */
export interface WhitespaceMatrixFacts {
  products: Product[];
  /** Accounts sharing its industry or segment, by id. */
  candidateIds: string[];
  /** The account, its subsidiaries and those candidates, by id. */
  accounts: Map<string, WhitespaceFactsRow>;
  peers: BehaviouralPeerRow[];
  coOwnership: CoOwnershipRow[];
}

export class WhitespaceRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      products: db.prepare('whitespace/products'),
      accountFacts: db.prepare('whitespace/account-facts'),
      portfolioFacts: db.prepare('whitespace/portfolio-facts'),
      peerCandidateIds: db.prepare('whitespace/peer-candidate-ids'),
      behaviouralPeers: db.prepare('whitespace/behavioural-peers'),
      coOwnership: db.prepare('whitespace/co-ownership'),
      matrixFacts: db.prepare('whitespace/matrix-facts'),
      otherAccountFacts: db.prepare('whitespace/other-account-facts'),
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

  /** The `k` nearest accounts by owned products (cosine), with what they share and own. */
  async behaviouralPeers(tenantId: string, accountId: string, k: number): Promise<BehaviouralPeerRow[]> {
    const rows = await this.db.read<{ peer: BehaviouralPeerRow }>(this.q.behaviouralPeers, tenantId, {
      accountId,
      k,
    });
    return rows.map((r) => r.peer);
  }

  /** (owned X, not owned Y) pairs with how many other accounts own X, Y and both. */
  async coOwnership(tenantId: string, accountId: string): Promise<CoOwnershipRow[]> {
    return this.db.read<CoOwnershipRow>(this.q.coOwnership, tenantId, { accountId });
  }

  /**
   * `products`, `peerCandidateIds` (not everyone), `accountFacts` of the account, its
   * subsidiaries and those candidates, `behaviouralPeers` and `coOwnership`, in one statement;
   * undefined for an account the tenant does not have.
   */
  async matrixFacts(
    tenantId: string,
    accountId: string,
    k: number,
  ): Promise<WhitespaceMatrixFacts | undefined> {
    const [row] = await this.db.read<
      Omit<WhitespaceMatrixFacts, 'accounts'> & { accounts: WhitespaceFactsRow[] }
    >(this.q.matrixFacts, tenantId, { accountId, k });
    return row && { ...row, accounts: new Map(row.accounts.map((a) => [a.id, a])) };
  }

  /**
   * Every other account's id, by id, and the facts of those not `known` (the loosest peers):
   * `peerCandidateIds` with everyone and `accountFacts` of the missing ones, in one statement.
   */
  async otherAccountFacts(
    tenantId: string,
    accountId: string,
    known: readonly string[],
  ): Promise<{ ids: string[]; facts: Map<string, WhitespaceFactsRow> }> {
    const rows = await this.db.read<{ id: string; account: WhitespaceFactsRow | null }>(
      this.q.otherAccountFacts,
      tenantId,
      { accountId, known },
    );
    return {
      ids: rows.map((r) => r.id),
      facts: new Map(rows.flatMap((r) => (r.account ? [[r.id, r.account] as const] : []))),
    };
  }
}
