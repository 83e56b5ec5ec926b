import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { handBuiltPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

const NOW = new Date('2026-11-22T12:00:00Z');

/** Every field of a person the projected page answers itself, and some its far ends load. */
const PERSON = `id name email title seniority department status startedAt departedAt
  account { id } businessUnit { name } manager { id name }
  roles { role since until source account { id } stakeholder { name } }
  influences { weight kind source from { id name } to { id name } }
  influencedBy { weight kind source from { id name } to { id name } }`;

type Person = { id: string } & Record<string, unknown>;
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Person }[];
};

/**
 * The people page read by people-page-projected-by-account-ids (people, roles and influence as
 * lists in a fixed order, assembled by the repository) says what the per-person fields say when
 * each person is read on its own through the loaders: every field, dates, nulls, pages.
 */
describe('the projected people page', () => {
  let app: RunningApp;
  const tenant = testTenant('people-projection');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    const records = handBuiltPortfolio();
    // A role held today that ends later, and one that ended: only the first is current.
    records.roleAssignments.push(
      {
        personId: 'p-olga',
        accountId: 'acc-nw',
        role: 'TECHNICAL_EVALUATOR',
        since: '2025-06-01',
        until: '2027-01-31',
        source: 'qbr',
      },
      {
        personId: 'p-eli',
        accountId: 'acc-nw',
        role: 'CHAMPION',
        since: '2021-01-01',
        until: '2022-01-01',
        source: null,
      },
    );
    await seedTenant(app.db, tenant, records);
  });
  afterAll(() => app.stop());

  async function run(query: string): Promise<{ data: unknown; names: string[] }> {
    const names: string[] = [];
    const stop = app.db.onQuery((event) => {
      if (event.tenantId === tenant) names.push(event.name);
    });
    try {
      const result = await gql(app, query, {}, token);
      expect(result.errors).toBeUndefined();
      return { data: result.data, names };
    } finally {
      stop();
    }
  }

  const page = async (args: string): Promise<{ page: Page; names: string[] }> => {
    const { data, names } = await run(`{ account(id: "acc-nw") { people(${args}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${PERSON} } } } } }`);
    return { page: (data as { account: { people: Page } }).account.people, names };
  };

  it('answers every field as the person read alone does, page after page', async () => {
    const first = await page('first: 4');
    expect(first.names[0]).toBe('stakeholder/people-page-projected-by-account-ids');
    expect(first.page.totalCount).toBe(6);
    expect(first.page.pageInfo.hasNextPage).toBe(true);
    const second = await page(`first: 4, after: "${first.page.pageInfo.endCursor}"`);
    expect(second.names[0]).toBe('stakeholder/people-page-projected-by-account-ids');
    expect(second.page.pageInfo.hasNextPage).toBe(false);
    const people = [...first.page.edges, ...second.page.edges].map((e) => e.node);
    // Sorted by name, each once.
    expect(people.map((p) => p.name)).toEqual([
      'Clara Chen',
      'Dana Diaz',
      'Eli Ebert',
      'Olga Ortiz',
      'Pat Park',
      'Victor Vale',
    ]);
    for (const person of people) {
      const alone = await run(`{ stakeholder(id: "${person.id}") { ${PERSON} } }`);
      expect(alone.names).not.toContain('stakeholder/people-page-projected-by-account-ids');
      expect(person).toEqual((alone.data as { stakeholder: Person }).stakeholder);
    }
    // The facts the fixture states, as the page gives them.
    const byId = new Map(people.map((p) => [p.id, p]));
    expect(byId.get('p-pat')).toMatchObject({
      status: 'DEPARTED',
      departedAt: '2026-10-01',
      startedAt: '2020-01-01',
      roles: [],
      businessUnit: { name: 'IT' },
      manager: { id: 'p-olga', name: 'Olga Ortiz' },
    });
    expect(byId.get('p-olga')).toMatchObject({
      roles: [
        { role: 'TECHNICAL_EVALUATOR', since: '2025-06-01', until: '2027-01-31', source: 'qbr' },
        { role: 'DECISION_MAKER', since: '2022-03-01', until: null, source: null },
      ],
      influencedBy: [
        {
          weight: 0.8,
          kind: 'INFORMAL',
          source: 'analyst',
          from: { id: 'p-eli', name: 'Eli Ebert' },
          to: { id: 'p-olga', name: 'Olga Ortiz' },
        },
      ],
    });
    expect(byId.get('p-clara')).toMatchObject({ manager: null, businessUnit: null, department: null });
  });

  it('reads only names and the nested lists when the page asks for nothing else, with the same answers', async () => {
    const LEAN = `id name manager { id name } roles { role since until source }
      influences { weight kind to { name } } influencedBy { weight from { id name } }`;
    const lean = await run(
      `{ account(id: "acc-nw") { people(first: 10) { totalCount edges { cursor node { ${LEAN} } } } } }`,
    );
    const full = await run(`{ account(id: "acc-nw") { people(first: 10) {
      totalCount edges { cursor node { ${LEAN} title startedAt } } } } }`);
    expect(lean.names).toEqual(['stakeholder/people-page-projected-by-account-ids']);
    expect(full.names).toEqual(['stakeholder/people-page-projected-by-account-ids']);
    const withoutDetails = JSON.parse(JSON.stringify(full.data), (key: string, value: unknown) =>
      key === 'title' || key === 'startedAt' ? undefined : value,
    ) as unknown;
    expect(lean.data).toEqual(withoutDetails);
    expect(JSON.stringify(full.data)).toContain('"startedAt":"2020-01-01"');
  });

  it('filters by status and seniority as the plain page does', async () => {
    const filtered = await page('first: 10, status: ACTIVE, seniority: C_LEVEL');
    expect(filtered.names[0]).toBe('stakeholder/people-page-projected-by-account-ids');
    const { data, names } = await run(`{ account(id: "acc-nw") {
      people(first: 10, status: ACTIVE, seniority: C_LEVEL) { totalCount edges { node { id name } } } } }`);
    expect(names).toContain('stakeholder/people-by-account-ids');
    const plain = (data as { account: { people: { totalCount: number; edges: { node: Person }[] } } }).account
      .people;
    expect(filtered.page.totalCount).toBe(plain.totalCount);
    expect(filtered.page.edges.map((e) => ({ id: e.node.id, name: e.node.name }))).toEqual(
      plain.edges.map((e) => e.node),
    );
    expect(plain.totalCount).toBe(3);
  });

  it('answers people outside the projected page from the loaders, in the same document as a page read inline', async () => {
    // What a person says about itself, read alone (loaders, no projection).
    const LISTS = `manager { id name } roles { role since } influences { weight to { id name } }
      influencedBy { weight from { id name } }`;
    const alone = await run(`{ stakeholder(id: "p-olga") { id ${LISTS} } }`);
    const olga = (alone.data as { stakeholder: Person }).stakeholder;
    expect(olga.roles).toEqual([
      { role: 'TECHNICAL_EVALUATOR', since: '2025-06-01' },
      { role: 'DECISION_MAKER', since: '2022-03-01' },
    ]);
    // The page alone (its nested fields read as properties), then with people from elsewhere in the
    // same document: a role's person and another query's person answer from their loaders.
    const pageOnly = await run(
      `{ account(id: "acc-nw") { people(first: 10) { edges { node { id ${LISTS} } } } } }`,
    );
    const mixed = await run(`{ account(id: "acc-nw") { people(first: 10) { edges { node { id ${LISTS}
      roles { stakeholder { id ${LISTS} } } } } } }
      stakeholder(id: "p-olga") { id ${LISTS} } }`);
    expect(pageOnly.names).toEqual(['stakeholder/people-page-projected-by-account-ids']);
    const pagePeople = (data: unknown) =>
      (data as { account: { people: { edges: { node: Person }[] } } }).account.people.edges.map(
        (e) => e.node,
      );
    const mixedPeople = pagePeople(mixed.data);
    expect(mixedPeople.map(({ roles: _roles, ...rest }) => rest)).toEqual(
      pagePeople(pageOnly.data).map(({ roles: _roles, ...rest }) => rest),
    );
    expect((mixed.data as { stakeholder: Person }).stakeholder).toEqual(olga);
    // Each role's person is the page person again, every list as the person alone says it.
    const olgaOnPage = mixedPeople.find((p) => p.id === 'p-olga')!;
    const roles = olgaOnPage.roles as { role: string; since: string; stakeholder: Person }[];
    expect(roles.map(({ role, since }) => ({ role, since }))).toEqual(olga.roles);
    for (const role of roles) expect(role.stakeholder).toEqual(olga);
  });
});
