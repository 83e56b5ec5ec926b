import type { RunningApp } from '../../src/app';
import { toGlobalId } from '../../src/domain/global-id';
import { gql, startTestApp, tokenFor, type GraphQLResponse } from '../support/app';
import { handBuiltPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('accounts through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('accounts');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, handBuiltPortfolio());
  });
  afterAll(() => app.stop());

  const LIST = `query($first: Int, $after: String, $filter: AccountFilterInput, $orderBy: AccountOrderInput) {
    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name arr } }
    }
  }`;

  type ListData = {
    accounts: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      edges: { node: { id: string; name: string; arr: number } }[];
    };
  };

  it('pages through accounts by ARR, largest first, with stable cursors', async () => {
    const orderBy = { field: 'ARR', direction: 'DESC' };
    const first = await gql<ListData>(app, LIST, { first: 2, orderBy }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.accounts.totalCount).toBe(3);
    expect(first.data!.accounts.edges.map((e) => [e.node.id, e.node.arr])).toEqual([
      ['acc-nw', 60_000],
      ['acc-nw-labs', 25_000],
    ]);
    expect(first.data!.accounts.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const after = first.data!.accounts.pageInfo.endCursor;
    const second = await gql<ListData>(app, LIST, { first: 2, after, orderBy }, token);
    expect(second.data!.accounts.edges.map((e) => [e.node.id, e.node.arr])).toEqual([['acc-zr', 0]]);
    expect(second.data!.accounts.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('sorts by name and filters by industry, name and parent', async () => {
    const byName = await gql<ListData>(app, LIST, {}, token);
    expect(byName.data!.accounts.edges.map((e) => e.node.name)).toEqual([
      'Northwind Health',
      'Northwind Labs',
      'Zephyr Retail',
    ]);
    const healthcare = await gql<ListData>(app, LIST, { filter: { industry: 'Healthcare' } }, token);
    expect(healthcare.data!.accounts.totalCount).toBe(2);
    const named = await gql<ListData>(app, LIST, { filter: { nameContains: 'ZEPH' } }, token);
    expect(named.data!.accounts.edges.map((e) => e.node.id)).toEqual(['acc-zr']);
    const children = await gql<ListData>(app, LIST, { filter: { parentId: 'acc-nw' } }, token);
    expect(children.data!.accounts.edges.map((e) => e.node.id)).toEqual(['acc-nw-labs']);
  });

  it('takes global ids wherever it takes ids: root arguments and ID fields of inputs', async () => {
    const nw = toGlobalId('Account', 'acc-nw');
    const byGlobal = await gql<{ account: { id: string; globalId: string } }>(
      app,
      'query($id: ID!) { account(id: $id) { id globalId } }',
      { id: nw },
      token,
    );
    expect(byGlobal.errors).toBeUndefined();
    expect(byGlobal.data!.account).toEqual({ id: 'acc-nw', globalId: nw });
    const children = await gql<ListData>(app, LIST, { filter: { parentId: nw } }, token);
    expect(children.errors).toBeUndefined();
    expect(children.data!.accounts.edges.map((e) => e.node.id)).toEqual(['acc-nw-labs']);
  });

  it('returns one account with its people, roles, units, subscriptions, team and hierarchy', async () => {
    const result = await gql(
      app,
      `{ account(id: "acc-nw") {
          name segment arr
          subsidiaries { id parent { id } }
          businessUnits { name kind headcount }
          subscriptions { id status arr seatsLicensed seatsUsed utilisation product { name } businessUnit { name } }
          accountTeam { role teamMember { name } }
          stakeholderRoles { role stakeholder { name } }
          endedToo: stakeholderRoles(includeEnded: true) { role until stakeholder { id } }
          people(first: 2) { totalCount pageInfo { hasNextPage } edges { node { name seniority } } }
          active: people(status: ACTIVE) { totalCount }
      } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      account: {
        name: 'Northwind Health',
        segment: 'ENTERPRISE',
        arr: 60_000,
        subsidiaries: [{ id: 'acc-nw-labs', parent: { id: 'acc-nw' } }],
        businessUnits: [
          { name: 'Finance', kind: 'DEPARTMENT', headcount: 120 },
          { name: 'IT', kind: 'DEPARTMENT', headcount: 300 },
        ],
        subscriptions: [
          {
            id: 'sub-nw-core',
            status: 'ACTIVE',
            arr: 60_000,
            seatsLicensed: 100,
            seatsUsed: 92,
            utilisation: 0.92,
            product: { name: 'Core Platform' },
            businessUnit: null,
          },
          {
            id: 'sub-nw-analytics',
            status: 'CANCELLED',
            arr: 10_000,
            seatsLicensed: 20,
            seatsUsed: 5,
            utilisation: 0.25,
            product: { name: 'Analytics' },
            businessUnit: { name: 'Finance' },
          },
        ],
        accountTeam: [
          { role: 'ACCOUNT_OWNER', teamMember: { name: 'Avery Exec' } },
          { role: 'CSM', teamMember: { name: 'Casey Success' } },
        ],
        stakeholderRoles: [
          { role: 'CHAMPION', stakeholder: { name: 'Dana Diaz' } },
          { role: 'DECISION_MAKER', stakeholder: { name: 'Olga Ortiz' } },
          { role: 'ECONOMIC_BUYER', stakeholder: { name: 'Victor Vale' } },
          { role: 'END_USER', stakeholder: { name: 'Eli Ebert' } },
        ],
        endedToo: expect.arrayContaining([
          { role: 'CHAMPION', until: '2026-10-01', stakeholder: { id: 'p-pat' } },
        ]) as unknown,
        people: {
          totalCount: 6,
          pageInfo: { hasNextPage: true },
          edges: [
            { node: { name: 'Clara Chen', seniority: 'C_LEVEL' } },
            { node: { name: 'Dana Diaz', seniority: 'DIRECTOR' } },
          ],
        },
        active: { totalCount: 5 },
      },
    });
    expect((result.data as { account: { endedToo: unknown[] } }).account.endedToo).toHaveLength(5);
  });

  it('pages through an account’s people with cursors', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      type PeoplePage = {
        account: {
          people: {
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { name: string } }[];
          };
        };
      };
      const result: GraphQLResponse<PeoplePage> = await gql<PeoplePage>(
        app,
        `query($after: String) { account(id: "acc-nw") { people(first: 4, after: $after) {
           pageInfo { hasNextPage endCursor } edges { node { name } } } } }`,
        { after },
        token,
      );
      const people = result.data!.account.people;
      names.push(...people.edges.map((e) => e.node.name));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(names).toEqual(['Clara Chen', 'Dana Diaz', 'Eli Ebert', 'Olga Ortiz', 'Pat Park', 'Victor Vale']);
  });
});
