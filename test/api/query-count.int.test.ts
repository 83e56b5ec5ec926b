import type { RunningApp } from '../../src/app';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import { gql, startTestApp, tokenFor } from '../support/app';
import { emptyPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

/** One big account (500 people) and 30 small ones, for counting the queries a request costs. */
function bigPortfolio(): PortfolioRecords {
  const records = emptyPortfolio();
  records.products.push({ id: 'prod', name: 'Core', family: null, listPricePerSeat: 100 });
  records.teamMembers.push({ id: 'tm', name: 'Team Member', email: null, title: null, managerId: null });
  for (let a = 0; a < 31; a += 1) {
    const accountId = `acc-${a}`;
    const size = a === 0 ? 500 : 5;
    records.accounts.push({
      id: accountId,
      name: `Account ${String(a).padStart(2, '0')}`,
      industry: null,
      segment: null,
      region: null,
      employeeCount: size,
      annualRevenue: null,
      website: null,
      parentId: null,
      customerSince: null,
    });
    records.businessUnits.push({
      id: `bu-${a}`,
      accountId,
      name: 'Unit',
      kind: 'DEPARTMENT',
      headcount: null,
    });
    records.subscriptions.push({
      id: `sub-${a}`,
      accountId,
      productId: 'prod',
      businessUnitId: null,
      seatsLicensed: 10,
      seatsUsed: 5,
      arr: 1000 * (a + 1),
      startDate: '2026-01-01',
      renewalDate: null,
      termMonths: 12,
      status: 'ACTIVE',
    });
    records.coverage.push({ teamMemberId: 'tm', accountId, role: 'ACCOUNT_OWNER', since: null });
    for (let p = 0; p < size; p += 1) {
      const id = `p-${a}-${p}`;
      records.people.push({
        id,
        accountId,
        businessUnitId: `bu-${a}`,
        name: `Person ${String(p).padStart(3, '0')}`,
        email: null,
        title: null,
        seniority: p === 0 ? 'C_LEVEL' : 'INDIVIDUAL_CONTRIBUTOR',
        department: null,
        reportsToId: p === 0 ? null : `p-${a}-${Math.floor((p - 1) / 5)}`,
        status: 'ACTIVE',
        startedAt: null,
        departedAt: null,
      });
      if (p % 7 === 0) {
        records.roleAssignments.push({
          personId: id,
          accountId,
          role: 'END_USER',
          since: '2025-01-01',
          until: null,
          source: null,
        });
      }
      if (p > 1) {
        records.influences.push({
          fromPersonId: id,
          toPersonId: `p-${a}-${p - 1}`,
          weight: 0.5,
          kind: 'INFORMAL',
          source: null,
        });
      }
      if (p % 10 === 0) {
        records.interactions.push({
          id: `i-${a}-${p}`,
          accountId,
          type: 'MEETING',
          direction: 'MUTUAL',
          occurredAt: '2026-11-01T10:00:00Z',
          durationMinutes: 30,
          subject: null,
          teamMemberIds: ['tm'],
          personIds: [id],
        });
      }
    }
  }
  return records;
}

describe('no N+1: the number of queries does not grow with the data', () => {
  let app: RunningApp;
  const tenant = testTenant('query-count');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => new Date('2026-11-22T00:00:00Z'));
    await seedTenant(app.db, tenant, bigPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  async function countQueries(query: string): Promise<{ count: number; data: unknown; names: string[] }> {
    const names: string[] = [];
    const unsubscribe = app.db.onQuery((event) => {
      if (event.tenantId === tenant) names.push(event.name);
    });
    try {
      const result = await gql(app, query, {}, token);
      expect(result.errors).toBeUndefined();
      return { count: names.length, data: result.data, names };
    } finally {
      unsubscribe();
    }
  }

  it('draws the map of a 500-person account in one query', async () => {
    const { count, data } = await countQueries(
      '{ stakeholderMap(accountId: "acc-0") { nodes { id level roles } edges { kind source target } } }',
    );
    const map = (data as { stakeholderMap: { nodes: unknown[]; edges: { kind: string }[] } }).stakeholderMap;
    expect(map.nodes).toHaveLength(501);
    expect(map.edges.filter((e) => e.kind === 'REPORTS_TO')).toHaveLength(499);
    expect(count).toBe(1);
  });

  it('costs the same handful of queries for a page of 5 or 30 accounts with nested fields', async () => {
    const page = (first: number) => `{ accounts(first: ${first}) { edges { node {
        businessUnits { name }
        subscriptions { product { name } }
        accountTeam { role }
        stakeholderRoles { role stakeholder { name } }
        people(first: 20) { totalCount edges { node { name manager { name } roles { role } influences { to { name } } } } }
      } } } }`;
    const small = await countQueries(page(5));
    const large = await countQueries(page(30));
    expect(large.count).toBe(small.count);
    // One per nested field: accounts, units, subscriptions, products, team, roles, role holders;
    // people pages read their people's roles, managers and influence in the same statement.
    expect(large.count).toBe(8);
  });

  const PEOPLE_PAGE = (first: number) => `{ account(id: "acc-0") { name people(first: ${first}) {
      totalCount edges { node { id name manager { name } roles { role since }
        influences { weight to { name } } influencedBy { from { name } } } } } } }`;

  it("answers an account's people page with roles, managers and influence in one query, whatever the page size", async () => {
    const small = await countQueries(PEOPLE_PAGE(5));
    const large = await countQueries(PEOPLE_PAGE(100));
    // The account and its page with everything shown next to each person, in one statement.
    expect(small.count).toBe(1);
    expect(large.count).toBe(1);
    // The account read with the page is the account as account(id) alone gives it.
    const ACCOUNT = '{ account(id: "acc-0") { id name arr industry segment parent { id } archivedAt } }';
    const withPage = await countQueries(
      ACCOUNT.replace('archivedAt }', 'archivedAt people(first: 3) { edges { node { roles { role } } } } }'),
    );
    const { people: _people, ...accountWithPage } = (withPage.data as { account: { people: unknown } })
      .account;
    const alone = (await countQueries(ACCOUNT)).data as { account: object };
    expect(accountWithPage).toEqual(alone.account);
    type Person = {
      id: string;
      name: string;
      manager: unknown;
      roles: unknown;
      influences: unknown;
      influencedBy: unknown;
    };
    const people = (large.data as { account: { people: { edges: { node: Person }[] } } }).account.people
      .edges;
    expect(people).toHaveLength(100);
    // The same facts as the per-field loaders give one person at a time.
    for (const { node } of [people[0]!, people[7]!, people[42]!]) {
      const alone =
        await countQueries(`{ stakeholder(id: "${node.id}") { name manager { name } roles { role since }
        influences { weight to { name } } influencedBy { from { name } } } }`);
      const { id: _id, ...linked } = node;
      expect(linked).toEqual((alone.data as { stakeholder: object }).stakeholder);
    }
  });

  it('reads the page projected to what it asks for, and with everything when the people at the far end are asked for more', async () => {
    const projected = await countQueries(PEOPLE_PAGE(60));
    expect(projected.names).toEqual(['stakeholder/people-page-projected-by-account-ids']);
    // The manager and the influencers asked for more than id and name (here through a fragment):
    // the general statement, still one, and the same answer on the fields both ask for.
    const rich = await countQueries(`{ account(id: "acc-0") { name people(first: 60) {
        totalCount edges { node { id name manager { ...Who } roles { role since }
          influences { weight to { ...Who } } influencedBy { from { ...Who } } } } } } }
      fragment Who on Stakeholder { name title }`);
    expect(rich.names).toEqual(['stakeholder/people-with-links-by-account-ids']);
    const withoutTitles = JSON.parse(JSON.stringify(rich.data), (key: string, value: unknown) =>
      key === 'title' ? undefined : value,
    ) as unknown;
    expect(withoutTitles).toEqual(projected.data);
    // Role history is not what the projected read holds: that alias is read by the field itself.
    const history = await countQueries(`{ account(id: "acc-0") { people(first: 5) { edges { node {
        current: roles { role } history: roles(includeEnded: true) { role until } } } } } }`);
    expect(history.names).toEqual([
      'stakeholder/people-page-projected-by-account-ids',
      'stakeholder/roles-by-person-ids',
    ]);
    // Only the lists asked for are read; a page asking none reads the plain page.
    const rolesOnly = await countQueries(
      '{ account(id: "acc-0") { people(first: 5) { edges { node { roles { role } } } } } }',
    );
    expect(rolesOnly.names).toEqual(['stakeholder/people-page-projected-by-account-ids']);
    const plain = await countQueries(
      '{ account(id: "acc-0") { people(first: 5) { edges { node { name } } } } }',
    );
    // The account and its page are read side by side: in either order.
    expect([...plain.names].sort()).toEqual(['account/accounts-by-ids', 'stakeholder/people-by-account-ids']);
  });
});
