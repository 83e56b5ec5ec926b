import type { CypherExecutor } from '../db/cypher-executor';
import { currentRequestMemo } from '../db/request-memo';
import type { Account, AccountCoverage, BusinessUnit, Product, Subscription } from '../domain/read-models';
import type { AccountSortField, Segment } from '../domain/vocabulary';
import { groupRows } from './grouping';

/** The request memo's kind for accounts in the projection of account/accounts-by-ids.cypher. */
export const ACCOUNT_ENTITY = 'Account';

export interface AccountListQuery {
  industry: string | null;
  segment: Segment | null;
  region: string | null;
  nameContains: string | null;
  parentId: string | null;
  includeArchived: boolean;
  sortField: AccountSortField;
  descending: boolean;
  after: { key: string | number; id: string } | null;
  limit: number;
}

export interface AccountListRow {
  totalCount: number;
  page: { sortKey: string | number; account: Account }[];
}

export class AccountRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      list: db.prepare('account/list-accounts'),
      byIds: db.prepare('account/accounts-by-ids'),
      subsidiaryIds: db.prepare('account/subsidiary-ids-by-account-ids'),
      businessUnits: db.prepare('account/business-units-by-account-ids'),
      subscriptions: db.prepare('account/subscriptions-by-account-ids'),
      coverage: db.prepare('account/coverage-by-account-ids'),
      productsByIds: db.prepare('account/products-by-ids'),
      archivedIds: db.prepare('account/archived-account-ids'),
    };
  }

  async list(tenantId: string, query: AccountListQuery): Promise<AccountListRow> {
    const { after, ...filters } = query;
    const [row] = await this.db.read<AccountListRow>(this.q.list, tenantId, {
      ...filters,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
    });
    return row ?? { totalCount: 0, page: [] };
  }

  /**
   * Within a request, accounts already read (here, or with a people page: see
   * StakeholderRepository.linkedPageByAccounts) are not read again (RequestMemo.byIds).
   */
  byIds(tenantId: string, ids: readonly string[]): Promise<Map<string, Account>> {
    const memo = currentRequestMemo();
    return memo
      ? memo.byIds(ACCOUNT_ENTITY, tenantId, ids, (missing) => this.readByIds(tenantId, missing))
      : this.readByIds(tenantId, ids);
  }

  private async readByIds(tenantId: string, ids: readonly string[]): Promise<Map<string, Account>> {
    const rows = await this.db.read<{ account: Account }>(this.q.byIds, tenantId, { ids });
    return new Map(rows.map((r) => [r.account.id, r.account]));
  }

  /** The tenant's archived accounts, which the live portfolio views leave out unless asked. */
  async archivedIds(tenantId: string): Promise<Set<string>> {
    const rows = await this.db.read<{ id: string }>(this.q.archivedIds, tenantId);
    return new Set(rows.map((r) => r.id));
  }

  async subsidiaryIds(tenantId: string, accountIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db.read<{ accountId: string; subsidiaryIds: string[] }>(
      this.q.subsidiaryIds,
      tenantId,
      { accountIds },
    );
    return new Map(rows.map((r) => [r.accountId, r.subsidiaryIds]));
  }

  async businessUnits(tenantId: string, accountIds: readonly string[]): Promise<Map<string, BusinessUnit[]>> {
    const rows = await this.db.read<{ unit: BusinessUnit }>(this.q.businessUnits, tenantId, { accountIds });
    return groupRows(
      accountIds,
      rows,
      (r) => r.unit.accountId,
      (r) => r.unit,
    );
  }

  async subscriptions(tenantId: string, accountIds: readonly string[]): Promise<Map<string, Subscription[]>> {
    const rows = await this.db.read<{ subscription: Subscription }>(this.q.subscriptions, tenantId, {
      accountIds,
    });
    return groupRows(
      accountIds,
      rows,
      (r) => r.subscription.accountId,
      (r) => r.subscription,
    );
  }

  async coverage(tenantId: string, accountIds: readonly string[]): Promise<Map<string, AccountCoverage[]>> {
    const rows = await this.db.read<AccountCoverage>(this.q.coverage, tenantId, { accountIds });
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => r,
    );
  }

  async productsByIds(tenantId: string, ids: readonly string[]): Promise<Map<string, Product>> {
    const rows = await this.db.read<{ product: Product }>(this.q.productsByIds, tenantId, { ids });
    return new Map(rows.map((r) => [r.product.id, r.product]));
  }
}
