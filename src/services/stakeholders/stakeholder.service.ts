import type { Clock } from '../../domain/clock';
import { isoDate } from '../../domain/clock';
import { NotFoundError } from '../../domain/errors';
import type { Influence, Page, RoleAssignment, Stakeholder } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { PersonStatus, SeniorityLevel } from '../../domain/vocabulary';
import type {
  PeoplePageQuery,
  PersonLinks,
  StakeholderRepository,
} from '../../repositories/stakeholder.repository';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { PeopleProjection, ProjectedStakeholder } from '../../domain/projected-people';

export interface PeoplePageInput {
  status?: PersonStatus | null;
  seniority?: SeniorityLevel | null;
  first: number;
  after?: string | null;
}

export type { PersonLinks };

/** The repository's page query for a page input: one row more than asked, to tell a next page. */
function pageQuery(input: PeoplePageInput): PeoplePageQuery {
  const after = decodeCursor(input.after);
  return {
    status: input.status ?? null,
    seniority: input.seniority ?? null,
    after: after && { name: String(after.key), id: after.id },
    limit: input.first + 1,
  };
}

/**
 * Each account's page (an empty one for an account without people) from the rows read, cut to
 * `first`; `shape` builds what the caller returns from the page's rows and its paging facts.
 */
function pagesOf<Row, Result>(
  accountIds: readonly string[],
  read: ReadonlyMap<string, { totalCount: number; people: Row[] }>,
  first: number,
  shape: (rows: Row[], page: Omit<Page<Pick<Stakeholder, 'id' | 'name'>>, 'items'>) => Result,
): Map<string, Result> {
  const result = new Map<string, Result>();
  for (const accountId of accountIds) {
    const found = read.get(accountId) ?? { totalCount: 0, people: [] };
    result.set(
      accountId,
      shape(found.people.slice(0, first), {
        totalCount: found.totalCount,
        hasNextPage: found.people.length > first,
        cursorOf: (person) => encodeCursor({ key: person.name, id: person.id }),
      }),
    );
  }
  return result;
}

/** A page of people with, per person, what `linkedPagesByAccounts` read alongside. */
export interface LinkedPage {
  page: Page<Stakeholder>;
  links: PersonLinks[];
}

export class StakeholderService {
  constructor(
    private readonly stakeholders: StakeholderRepository,
    private readonly clock: Clock,
  ) {}

  async get(caller: Caller, id: string): Promise<Stakeholder> {
    const person = (await this.stakeholders.byIds(caller.tenantId, [id])).get(id);
    if (!person) throw new NotFoundError('Stakeholder', id);
    return person;
  }

  byIds(caller: Caller, ids: readonly string[]): Promise<Map<string, Stakeholder>> {
    return this.stakeholders.byIds(caller.tenantId, ids);
  }

  /** One page of people per account, for many accounts in one query. */
  async pagesByAccounts(
    caller: Caller,
    accountIds: readonly string[],
    input: PeoplePageInput,
  ): Promise<Map<string, Page<Stakeholder>>> {
    const pages = await this.stakeholders.pageByAccounts(caller.tenantId, accountIds, pageQuery(input));
    return pagesOf(accountIds, pages, input.first, (people, page) => ({ ...page, items: people }));
  }

  /**
   * The same pages as `pagesByAccounts`, each person read with current roles, influence both ways
   * and the people at the other end (manager, influencers): one statement for a screen that
   * shows them, instead of one per level.
   */
  async linkedPagesByAccounts(
    caller: Caller,
    accountIds: readonly string[],
    input: PeoplePageInput,
  ): Promise<Map<string, LinkedPage>> {
    const pages = await this.stakeholders.linkedPageByAccounts(caller.tenantId, accountIds, {
      ...pageQuery(input),
      today: isoDate(this.clock()),
    });
    return pagesOf(accountIds, pages, input.first, (links, page) => ({
      page: { ...page, items: links.map((l) => l.person) },
      links,
    }));
  }

  /**
   * The same pages as `pagesByAccounts`, each person read with only the nested lists `asked`
   * names, the people at their far end as id and name: one statement, sized to what a screen
   * asks for (see StakeholderRepository.projectedPageByAccounts).
   */
  async projectedPagesByAccounts(
    caller: Caller,
    accountIds: readonly string[],
    input: PeoplePageInput,
    asked: PeopleProjection,
  ): Promise<Map<string, Page<ProjectedStakeholder>>> {
    const pages = await this.stakeholders.projectedPageByAccounts(
      caller.tenantId,
      accountIds,
      { ...pageQuery(input), today: isoDate(this.clock()) },
      asked,
    );
    return pagesOf(accountIds, pages, input.first, (people, page) => ({ ...page, items: people }));
  }

  directReports(caller: Caller, personIds: readonly string[]): Promise<Map<string, Stakeholder[]>> {
    return this.stakeholders.directReports(caller.tenantId, personIds);
  }

  /** Manager ids from the direct manager up to the top of the org chart. */
  reportingLineIds(caller: Caller, personIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.stakeholders.reportingLineIds(caller.tenantId, personIds);
  }

  influence(caller: Caller, personIds: readonly string[]): Promise<Map<string, Influence[]>> {
    return this.stakeholders.influence(caller.tenantId, personIds);
  }

  roles(
    caller: Caller,
    personIds: readonly string[],
    includeEnded: boolean,
  ): Promise<Map<string, RoleAssignment[]>> {
    return this.stakeholders.rolesByPerson(caller.tenantId, personIds, {
      includeEnded,
      today: isoDate(this.clock()),
    });
  }
}
