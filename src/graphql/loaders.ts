import DataLoader from 'dataloader';
import type { Caller } from '../domain/tenant';
import type { Services } from '../services/services';
import type { PeoplePageInput, PersonLinks } from '../services/stakeholders/stakeholder.service';
import type { PeopleProjection } from '../domain/projected-people';

/** A DataLoader over a batch function that answers with a Map; missing keys get `fallback`. */
export function mapLoader<V>(
  fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/** One loader per distinct set of arguments (e.g. page size and filter), created on first use. */
function perArguments<A, L>(create: (args: A) => L): (args: A) => L {
  const loaders = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/**
 * Fresh loaders for each request: nested fields across a page of accounts or people batch into
 * one query per field, and nothing is cached across callers or tenants.
 */
export function createLoaders(services: Services, caller: Caller) {
  const { accounts, stakeholders, nodes } = services;
  const loaders = {
    account: mapLoader((ids) => accounts.byIds(caller, ids), null),
    product: mapLoader((ids) => accounts.products(caller, ids), null),
    subsidiaryIds: mapLoader((ids) => accounts.subsidiaryIds(caller, ids), []),
    businessUnits: mapLoader((ids) => accounts.businessUnits(caller, ids), []),
    subscriptions: mapLoader((ids) => accounts.subscriptions(caller, ids), []),
    coverage: mapLoader((ids) => accounts.coverage(caller, ids), []),
    accountRoles: perArguments((includeEnded: boolean) =>
      mapLoader((ids) => accounts.roles(caller, ids, includeEnded), []),
    ),
    stakeholder: mapLoader((ids) => stakeholders.byIds(caller, ids), null),
    teamMember: mapLoader((ids) => nodes.teamMembers(caller, ids), null),
    directReports: mapLoader((ids) => stakeholders.directReports(caller, ids), []),
    reportingLineIds: mapLoader((ids) => stakeholders.reportingLineIds(caller, ids), []),
    influence: mapLoader((ids) => stakeholders.influence(caller, ids), []),
    personUsage: perArguments((day: string | null) =>
      mapLoader((ids) => services.personUsage.latest(caller, ids, day), null),
    ),
    stakeholderRoles: perArguments((includeEnded: boolean) =>
      mapLoader((ids) => stakeholders.roles(caller, ids, includeEnded), []),
    ),
    peoplePage: perArguments(
      (input: PeoplePageInput) =>
        new DataLoader(async (accountIds: readonly string[]) => {
          const pages = await stakeholders.pagesByAccounts(caller, accountIds, input);
          return accountIds.map((id) => pages.get(id)!);
        }),
    ),
    /**
     * The same pages, read with each person's current roles, influence and related people in
     * the same statement; those go into the loaders the nested fields use, so they cost nothing.
     */
    linkedPeoplePage: perArguments(
      (input: PeoplePageInput) =>
        new DataLoader(async (accountIds: readonly string[]) => {
          const pages = await stakeholders.linkedPagesByAccounts(caller, accountIds, input);
          for (const { links } of pages.values()) primeLinks(loaders, links);
          return accountIds.map((id) => pages.get(id)!.page);
        }),
    ),
    /**
     * The same pages, each person with only the nested lists the request selects, answered from
     * the statement by the fields themselves (src/graphql/projected-fields.ts): nothing to prime.
     */
    projectedPeoplePage: perArguments(
      (input: PeoplePageInput & { asked: PeopleProjection }) =>
        new DataLoader(async (accountIds: readonly string[]) => {
          const { asked, ...page } = input;
          const pages = await stakeholders.projectedPagesByAccounts(caller, accountIds, page, asked);
          return accountIds.map((id) => pages.get(id)!);
        }),
    ),
  };
  return loaders;
}

/** `prime` keeps anything already loaded in this request, so a write's fresh read is not overwritten. */
function primeLinks(loaders: Loaders, links: readonly PersonLinks[]): void {
  const currentRoles = loaders.stakeholderRoles(false);
  for (const { person, roles, influence, related } of links) {
    loaders.stakeholder.prime(person.id, person);
    for (const other of related) loaders.stakeholder.prime(other.id, other);
    currentRoles.prime(person.id, roles);
    loaders.influence.prime(person.id, influence);
  }
}

export type Loaders = ReturnType<typeof createLoaders>;
