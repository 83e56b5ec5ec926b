import type { Clock } from '../../domain/clock';
import { isoDate } from '../../domain/clock';
import { NotFoundError } from '../../domain/errors';
import type {
  Account,
  AccountCoverage,
  BusinessUnit,
  Page,
  Product,
  RoleAssignment,
  Subscription,
} from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { AccountSortField, Segment } from '../../domain/vocabulary';
import type { AccountRepository } from '../../repositories/account.repository';
import type { StakeholderRepository } from '../../repositories/stakeholder.repository';
import { decodeCursor, encodeCursor } from '../pagination/cursor';

export interface AccountListInput {
  filter: {
    industry?: string | null;
    segment?: Segment | null;
    region?: string | null;
    nameContains?: string | null;
    parentId?: string | null;
  };
  /** Archived accounts are left out of the list unless asked for; get(id) finds them either way. */
  includeArchived?: boolean;
  orderBy: { field: AccountSortField; direction: 'ASC' | 'DESC' };
  first: number;
  after?: string | null;
}

export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly stakeholders: StakeholderRepository,
    private readonly clock: Clock,
  ) {}

  async list(caller: Caller, input: AccountListInput): Promise<Page<Account>> {
    const after = decodeCursor(input.after);
    const { totalCount, page } = await this.accounts.list(caller.tenantId, {
      industry: input.filter.industry ?? null,
      segment: input.filter.segment ?? null,
      region: input.filter.region ?? null,
      nameContains: input.filter.nameContains ?? null,
      parentId: input.filter.parentId ?? null,
      includeArchived: input.includeArchived ?? false,
      sortField: input.orderBy.field,
      descending: input.orderBy.direction === 'DESC',
      after,
      // One more than asked tells whether another page follows.
      limit: input.first + 1,
    });
    const sortKeys = new Map(page.map((row) => [row.account.id, row.sortKey]));
    return {
      items: page.slice(0, input.first).map((row) => row.account),
      totalCount,
      hasNextPage: page.length > input.first,
      cursorOf: (account) => encodeCursor({ key: sortKeys.get(account.id) ?? '', id: account.id }),
    };
  }

  async get(caller: Caller, id: string): Promise<Account> {
    const account = (await this.accounts.byIds(caller.tenantId, [id])).get(id);
    if (!account) throw new NotFoundError('Account', id);
    return account;
  }

  byIds(caller: Caller, ids: readonly string[]): Promise<Map<string, Account>> {
    return this.accounts.byIds(caller.tenantId, ids);
  }

  /**
   * Archived accounts (archiveAccount), which the portfolio views leave out: none (and no read)
   * when the caller asked for archived accounts too.
   */
  async archivedIds(caller: Caller, includeArchived = false): Promise<Set<string>> {
    return includeArchived ? new Set<string>() : this.accounts.archivedIds(caller.tenantId);
  }

  subsidiaryIds(caller: Caller, accountIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.accounts.subsidiaryIds(caller.tenantId, accountIds);
  }

  businessUnits(caller: Caller, accountIds: readonly string[]): Promise<Map<string, BusinessUnit[]>> {
    return this.accounts.businessUnits(caller.tenantId, accountIds);
  }

  subscriptions(caller: Caller, accountIds: readonly string[]): Promise<Map<string, Subscription[]>> {
    return this.accounts.subscriptions(caller.tenantId, accountIds);
  }

  coverage(caller: Caller, accountIds: readonly string[]): Promise<Map<string, AccountCoverage[]>> {
    return this.accounts.coverage(caller.tenantId, accountIds);
  }

  products(caller: Caller, ids: readonly string[]): Promise<Map<string, Product>> {
    return this.accounts.productsByIds(caller.tenantId, ids);
  }

  roles(
    caller: Caller,
    accountIds: readonly string[],
    includeEnded: boolean,
  ): Promise<Map<string, RoleAssignment[]>> {
    return this.stakeholders.rolesByAccount(caller.tenantId, accountIds, {
      includeEnded,
      today: isoDate(this.clock()),
    });
  }
}
