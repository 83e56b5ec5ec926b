import { currentRequestMemo } from '../db/request-memo';
import type { CypherExecutor } from '../db/cypher-executor';
import type { Account, Influence, RoleAssignment, Stakeholder } from '../domain/read-models';
import { ACCOUNT_ENTITY } from './account.repository';
import type { PersonStatus, SeniorityLevel } from '../domain/vocabulary';
import {
  PROJECTED,
  type PeopleProjection,
  type PersonName,
  type ProjectedStakeholder,
} from '../domain/projected-people';
import { groupRows } from './grouping';

export interface PeoplePageQuery {
  status: PersonStatus | null;
  seniority: SeniorityLevel | null;
  after: { name: string; id: string } | null;
  limit: number;
}

export interface PeoplePage {
  totalCount: number;
  people: Stakeholder[];
}

/** What a page of people shows next to each person, read with the page (people-with-links). */
export interface PersonLinks {
  person: Stakeholder;
  /** Roles held on the query's day, newest first. */
  roles: RoleAssignment[];
  /** Influence both ways, strongest first. */
  influence: Influence[];
  /** The direct manager and the people at the other end of each influence. */
  related: Stakeholder[];
}

export interface LinkedPeoplePage {
  totalCount: number;
  people: PersonLinks[];
}

export interface ProjectedPeoplePage {
  totalCount: number;
  people: ProjectedStakeholder[];
}

/** A person at the far end of a link as the projected page returns it: [id, name]. */
type NameTuple = [id: string, name: string];
/** A current role as the projected page returns it: [accountId, role, since, until, source]. */
type RoleTuple = [
  accountId: string,
  role: RoleAssignment['role'],
  since: string,
  until: string | null,
  source: string | null,
];
/** An influence as the projected page returns it, seen from the page person: [otherId, otherName, weight, kind, source]. */
type InfluenceTuple = [
  id: string,
  name: string,
  weight: number,
  kind: Influence['kind'],
  source: string | null,
];

/** A person's fields beyond id and name, as the projected page returns them when asked. */
type DetailsTuple = [
  email: string | null,
  title: string | null,
  seniority: Stakeholder['seniority'],
  department: string | null,
  status: Stakeholder['status'],
  startedAt: string | null,
  departedAt: string | null,
  businessUnitId: string | null,
];

/**
 * A person of people-page-projected-by-account-ids, positions as its RETURN lists them; the
 * details and the nested lists not asked for are null. Lists rather than maps: half the bytes
 * to read and decode.
 */
type ProjectedRow = [
  id: string,
  name: string,
  manager: NameTuple | null,
  details: DetailsTuple | null,
  roles: RoleTuple[] | null,
  influences: InfluenceTuple[] | null,
  influencedBy: InfluenceTuple[] | null,
];

/**
 * The row's person as a Stakeholder, with the lists asked for as properties of its own (absent
 * when not asked) and marked PROJECTED, so its fields answer from them (projected-fields).
 */
function projectedPerson(
  row: ProjectedRow,
  accountId: string,
  asked: PeopleProjection,
): ProjectedStakeholder {
  const [id, name, manager, details, roles, influences, influencedBy] = row;
  const person: ProjectedStakeholder = {
    id,
    name,
    accountId,
    reportsToId: manager?.[0] ?? null,
    [PROJECTED]: true,
  };
  if (details) {
    const [email, title, seniority, department, status, startedAt, departedAt, businessUnitId] = details;
    person.email = email;
    person.title = title;
    person.seniority = seniority;
    person.department = department;
    person.status = status;
    person.startedAt = startedAt;
    person.departedAt = departedAt;
    person.businessUnitId = businessUnitId;
  }
  if (asked.manager) person.manager = manager && { id: manager[0], name: manager[1] };
  if (asked.roles)
    person.roles = (roles ?? []).map(([roleAccountId, role, since, until, source]) => ({
      personId: id,
      accountId: roleAccountId,
      role,
      since,
      until,
      source,
    }));
  // The near end of each influence is the person itself: both ends are answered from here.
  const self: PersonName = { id, name };
  if (asked.influences)
    person.influences = (influences ?? []).map(([toId, toName, weight, kind, source]) => ({
      fromPersonId: id,
      toPersonId: toId,
      weight,
      kind,
      source,
      to: { id: toId, name: toName },
      from: self,
      [PROJECTED]: true,
    }));
  if (asked.influencedBy)
    person.influencedBy = (influencedBy ?? []).map(([fromId, fromName, weight, kind, source]) => ({
      fromPersonId: fromId,
      toPersonId: id,
      weight,
      kind,
      source,
      from: { id: fromId, name: fromName },
      to: self,
      [PROJECTED]: true,
    }));
  return person;
}

export interface RoleQuery {
  includeEnded: boolean;
  today: string;
}

/** The parameters every people-page statement takes. */
function pageParameters(accountIds: readonly string[], query: PeoplePageQuery) {
  return {
    accountIds,
    status: query.status,
    seniority: query.seniority,
    afterName: query.after?.name ?? null,
    afterId: query.after?.id ?? null,
    limit: query.limit,
  };
}

/**
 * The linked and projected page statements read each account as account/accounts-by-ids does: a
 * later read of the account in this request (the `account` field the page hangs off) costs nothing.
 */
function primeAccounts(tenantId: string, rows: readonly { accountId: string; account: Account }[]): void {
  const memo = currentRequestMemo();
  for (const r of rows) memo?.prime(ACCOUNT_ENTITY, tenantId, r.accountId, r.account);
}

export class StakeholderRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      byIds: db.prepare('stakeholder/people-by-ids'),
      byAccounts: db.prepare('stakeholder/people-by-account-ids'),
      withLinksByAccounts: db.prepare('stakeholder/people-with-links-by-account-ids'),
      projectedByAccounts: db.prepare('stakeholder/people-page-projected-by-account-ids'),
      directReports: db.prepare('stakeholder/direct-reports-by-person-ids'),
      reportingLine: db.prepare('stakeholder/reporting-line-by-person-ids'),
      influence: db.prepare('stakeholder/influence-by-person-ids'),
      rolesByPerson: db.prepare('stakeholder/roles-by-person-ids'),
      rolesByAccount: db.prepare('stakeholder/roles-by-account-ids'),
    };
  }

  /** Within a request, people already read are not read again (RequestMemo.byIds). */
  byIds(tenantId: string, ids: readonly string[]): Promise<Map<string, Stakeholder>> {
    const memo = currentRequestMemo();
    return memo
      ? memo.byIds('Stakeholder', tenantId, ids, (missing) => this.readByIds(tenantId, missing))
      : this.readByIds(tenantId, ids);
  }

  private async readByIds(tenantId: string, ids: readonly string[]): Promise<Map<string, Stakeholder>> {
    const rows = await this.db.read<{ person: Stakeholder }>(this.q.byIds, tenantId, { ids });
    return new Map(rows.map((r) => [r.person.id, r.person]));
  }

  async pageByAccounts(
    tenantId: string,
    accountIds: readonly string[],
    query: PeoplePageQuery,
  ): Promise<Map<string, PeoplePage>> {
    const rows = await this.db.read<{ accountId: string } & PeoplePage>(
      this.q.byAccounts,
      tenantId,
      pageParameters(accountIds, query),
    );
    return new Map(rows.map((r) => [r.accountId, { totalCount: r.totalCount, people: r.people }]));
  }

  /** A page per account as `pageByAccounts`, each person with roles (on `today`), influence and related people. */
  async linkedPageByAccounts(
    tenantId: string,
    accountIds: readonly string[],
    query: PeoplePageQuery & { today: string },
  ): Promise<Map<string, LinkedPeoplePage>> {
    const rows = await this.db.read<{ accountId: string; account: Account } & LinkedPeoplePage>(
      this.q.withLinksByAccounts,
      tenantId,
      { ...pageParameters(accountIds, query), today: query.today },
    );
    primeAccounts(tenantId, rows);
    return new Map(rows.map((r) => [r.accountId, { totalCount: r.totalCount, people: r.people }]));
  }

  /**
   * A page per account as `pageByAccounts`, each person with only the nested lists `asked` names
   * (current roles on `today`, manager, influence either way), the people at their far end read
   * as id and name. One statement; it primes the account as `linkedPageByAccounts` does.
   */
  async projectedPageByAccounts(
    tenantId: string,
    accountIds: readonly string[],
    query: PeoplePageQuery & { today: string },
    asked: PeopleProjection,
  ): Promise<Map<string, ProjectedPeoplePage>> {
    const rows = await this.db.read<{
      accountId: string;
      account: Account;
      totalCount: number;
      people: ProjectedRow[];
    }>(this.q.projectedByAccounts, tenantId, {
      ...pageParameters(accountIds, query),
      today: query.today,
      withDetails: asked.details,
      withRoles: asked.roles,
      withInfluences: asked.influences,
      withInfluencedBy: asked.influencedBy,
    });
    primeAccounts(tenantId, rows);
    return new Map(
      rows.map((r) => [
        r.accountId,
        { totalCount: r.totalCount, people: r.people.map((p) => projectedPerson(p, r.accountId, asked)) },
      ]),
    );
  }

  async directReports(tenantId: string, personIds: readonly string[]): Promise<Map<string, Stakeholder[]>> {
    const rows = await this.db.read<{ personId: string; report: Stakeholder }>(
      this.q.directReports,
      tenantId,
      {
        personIds,
      },
    );
    return groupRows(
      personIds,
      rows,
      (r) => r.personId,
      (r) => r.report,
    );
  }

  async reportingLineIds(tenantId: string, personIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db.read<{ personId: string; managerIds: string[] }>(
      this.q.reportingLine,
      tenantId,
      {
        personIds,
      },
    );
    return new Map(rows.map((r) => [r.personId, r.managerIds]));
  }

  async influence(tenantId: string, personIds: readonly string[]): Promise<Map<string, Influence[]>> {
    const rows = await this.db.read<{ personId: string; influence: Influence }>(this.q.influence, tenantId, {
      personIds,
    });
    return groupRows(
      personIds,
      rows,
      (r) => r.personId,
      (r) => r.influence,
    );
  }

  async rolesByPerson(
    tenantId: string,
    personIds: readonly string[],
    query: RoleQuery,
  ): Promise<Map<string, RoleAssignment[]>> {
    const rows = await this.db.read<{ assignment: RoleAssignment }>(this.q.rolesByPerson, tenantId, {
      personIds,
      ...query,
    });
    return groupRows(
      personIds,
      rows,
      (r) => r.assignment.personId,
      (r) => r.assignment,
    );
  }

  async rolesByAccount(
    tenantId: string,
    accountIds: readonly string[],
    query: RoleQuery,
  ): Promise<Map<string, RoleAssignment[]>> {
    const rows = await this.db.read<{ assignment: RoleAssignment }>(this.q.rolesByAccount, tenantId, {
      accountIds,
      ...query,
    });
    return groupRows(
      accountIds,
      rows,
      (r) => r.assignment.accountId,
      (r) => r.assignment,
    );
  }
}
