import type { CypherExecutor } from '../db/cypher-executor';
import type { InfluenceKind, PersonStatus, SeniorityLevel, StakeholderRole } from '../domain/vocabulary';
import { groupRows } from './grouping';

export interface RoleSpan {
  role: StakeholderRole;
  since: string;
  until: string | null;
}

/** A person with what a reading on any day needs: status dates, place in the org chart, role history. */
export interface AccountPerson {
  id: string;
  accountId: string;
  name: string;
  title: string | null;
  seniority: SeniorityLevel | null;
  department: string | null;
  businessUnitId: string | null;
  reportsToId: string | null;
  status: PersonStatus;
  startedAt: string | null;
  departedAt: string | null;
  roles: RoleSpan[];
}

export interface InfluenceLink {
  fromPersonId: string;
  toPersonId: string;
  weight: number;
  kind: InfluenceKind;
}

export interface PortfolioAccount {
  id: string;
  name: string;
  arr: number;
}

export class ThreadingRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      people: db.prepare('threading/people-by-account-ids'),
      influence: db.prepare('threading/influence-by-account-ids'),
      portfolio: db.prepare('threading/portfolio-accounts'),
      peopleAndInfluence: db.prepare('threading/people-and-influence-by-account-ids'),
    };
  }

  async peopleByAccountIds(
    tenantId: string,
    accountIds: readonly string[],
  ): Promise<Map<string, AccountPerson[]>> {
    const rows = await this.db.read<{ accountId: string; person: AccountPerson }>(this.q.people, tenantId, {
      accountIds,
    });
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => r.person,
    );
  }

  async influenceByAccountIds(
    tenantId: string,
    accountIds: readonly string[],
  ): Promise<Map<string, InfluenceLink[]>> {
    const rows = await this.db.read<{ accountId: string } & InfluenceLink>(this.q.influence, tenantId, {
      accountIds,
    });
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      ({ accountId: _accountId, ...link }) => link,
    );
  }

  /** `peopleByAccountIds` and `influenceByAccountIds` in one statement (one account's reads). */
  async peopleAndInfluence(
    tenantId: string,
    accountIds: readonly string[],
  ): Promise<{ people: Map<string, AccountPerson[]>; influence: Map<string, InfluenceLink[]> }> {
    const rows = await this.db.read<{
      accountId: string;
      people: AccountPerson[];
      influence: InfluenceLink[];
    }>(this.q.peopleAndInfluence, tenantId, { accountIds });
    return {
      people: new Map(rows.map((r) => [r.accountId, r.people])),
      influence: new Map(rows.map((r) => [r.accountId, r.influence])),
    };
  }

  /** Archived accounts only with includeArchived. */
  portfolioAccounts(tenantId: string, includeArchived = false): Promise<PortfolioAccount[]> {
    return this.db.read<PortfolioAccount>(this.q.portfolio, tenantId, { includeArchived });
  }
}
