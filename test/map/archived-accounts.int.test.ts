import type { RunningApp } from '../../src/app';
import { startTestApp } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';
import { clientFor, M, NOW, ok } from './map-fixtures';

interface Listed {
  accounts: { totalCount: number; edges: { node: { id: string; archivedAt: string | null } }[] };
}

const LIST = `query($includeArchived: Boolean) {
  accounts(first: 10, includeArchived: $includeArchived) { totalCount edges { node { id archivedAt } } }
}`;

/** Archived accounts leave the lists by default, stay one argument away, and are found by id. */
describe('archived accounts', () => {
  let app: RunningApp;
  const tenant = testTenant('archived-accounts');
  let editor: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    editor = clientFor(app, tenant);
    for (const [id, name] of [
      ['acc-live', 'Live Co'],
      ['acc-gone', 'Gone Co'],
      ['acc-also', 'Also Live Co'],
    ]) {
      ok(await editor(M.createAccount, { input: { id, name } }));
    }
    ok(await editor(M.archiveAccount, { input: { id: 'acc-gone' } }));
  });
  afterAll(() => app.stop());

  const ids = (listed: Listed) => listed.accounts.edges.map((e) => e.node.id);

  it('leaves archived accounts out of accounts by default, totalCount included', async () => {
    for (const variables of [{}, { includeArchived: false }]) {
      const listed = ok(await editor<Listed>(LIST, variables));
      expect(ids(listed)).toEqual(['acc-also', 'acc-live']);
      expect(listed.accounts.totalCount).toBe(2);
    }
  });

  it('lists them with includeArchived: true, each saying when it was archived', async () => {
    const listed = ok(await editor<Listed>(LIST, { includeArchived: true }));
    expect(listed.accounts.totalCount).toBe(3);
    expect(listed.accounts.edges.map((e) => e.node)).toEqual([
      { id: 'acc-also', archivedAt: null },
      { id: 'acc-gone', archivedAt: '2026-11-22' },
      { id: 'acc-live', archivedAt: null },
    ]);
  });

  it('still finds an archived account by id, and by global id, saying it is archived', async () => {
    const byId = ok(
      await editor<{ account: { id: string; archivedAt: string | null; globalId: string } }>(
        `{ account(id: "acc-gone") { id archivedAt globalId } }`,
      ),
    );
    expect(byId.account).toMatchObject({ id: 'acc-gone', archivedAt: '2026-11-22' });
    const byNode = ok(
      await editor<{ node: { id: string; archivedAt: string | null } | null }>(
        `query($id: ID!) { node(id: $id) { ... on Account { id archivedAt } } }`,
        { id: byId.account.globalId },
      ),
    );
    expect(byNode.node).toEqual({ id: 'acc-gone', archivedAt: '2026-11-22' });
  });
});

/** The portfolio views, each asked for every account's id on one page (with or without asOf). */
const VIEWS: Record<string, { document: string; page(data: Record<string, unknown>): Page }> = {};

/** The account ids on a view's first page; complete when the page holds every row of the view. */
interface Page {
  ids: string[];
  complete: boolean;
}
for (const [field, node, withAsOf] of [
  ['portfolioHealth', 'accountId freshness { source }', true],
  ['portfolioThreadingRisk', 'account { id } freshness { source }', true],
  ['portfolioChurnIndicators', 'account { id } freshness { source }', true],
  ['portfolioExpansionSignals', 'account { id } freshness { source }', true],
  ['portfolioWhitespace', 'account { id }', false],
  ['portfolioExpansionOpportunities', 'accountId', true],
] as const) {
  VIEWS[field] = {
    document: `query($includeArchived: Boolean${withAsOf ? ', $asOf: LocalDate' : ''}) {
      ${field}(first: 20, includeArchived: $includeArchived${withAsOf ? ', asOf: $asOf' : ''}) {
        totalCount edges { node { ${node} } }
      }
    }`,
    page: (data) => {
      const { totalCount, edges } = data[field] as {
        totalCount: number;
        edges: { node: { accountId?: string; account?: { id: string } } }[];
      };
      const ids = edges.map((e) => e.node.accountId ?? e.node.account!.id);
      return { ids: [...new Set(ids)].sort(), complete: totalCount === edges.length };
    },
  };
}

/**
 * Archived accounts leave every portfolio view (stored scores and live, past-day views alike) and
 * come back with includeArchived; their stored scores are kept. Demo accounts (seed 42) give every
 * view something to list; ARCHIVED is one that every view lists before it is archived.
 */
describe('archived accounts in the portfolio views', () => {
  let app: RunningApp;
  const tenant = testTenant('archived-portfolio');
  let editor: ReturnType<typeof clientFor>;
  const ARCHIVED = 'acc-0001';
  const YESTERDAY = '2026-11-21';

  const pageOf = async (view: string, variables: Record<string, unknown>) => {
    const { document, page } = VIEWS[view]!;
    return page(ok(await editor(document, variables)));
  };
  const idsOf = async (view: string, variables: Record<string, unknown>) =>
    (await pageOf(view, variables)).ids;

  let before: Record<string, Page>;

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    editor = clientFor(app, tenant);
    await seedTenant(app.db, tenant, demoAccounts([1, 2, 3, 4, 5, 6]));
    before = {};
    for (const view of Object.keys(VIEWS)) before[view] = await pageOf(view, {});
    ok(await editor(M.archiveAccount, { input: { id: ARCHIVED } }));
  }, 300_000);
  afterAll(() => app.stop());

  it('was listed by every view before it was archived', () => {
    for (const view of Object.keys(VIEWS))
      expect([view, before[view]!.ids]).toEqual([view, expect.arrayContaining([ARCHIVED])]);
  });

  it.each(Object.keys(VIEWS).map((view) => [view]))(
    '%s leaves it out by default (today and a past day) and lists it with includeArchived',
    async (view) => {
      const others = before[view]!.ids.filter((id) => id !== ARCHIVED);
      for (const variables of [{}, { includeArchived: false }, { asOf: YESTERDAY }]) {
        const page = await pageOf(view, variables);
        expect(page.ids).not.toContain(ARCHIVED);
        // The rest stay as they were (when both pages hold the whole view: opportunities may not).
        if (!('asOf' in variables) && before[view]!.complete && page.complete)
          expect(page.ids).toEqual(others);
      }
      expect(await idsOf(view, { includeArchived: true })).toContain(ARCHIVED);
      expect(await idsOf(view, { includeArchived: true, asOf: YESTERDAY })).toContain(ARCHIVED);
    },
  );

  it('counts only unarchived accounts in totals, and keeps the archived stored score', async () => {
    const health = async (includeArchived: boolean) =>
      ok(
        await editor<{
          portfolioHealth: {
            totalCount: number;
            edges: { node: { accountId: string; freshness: { source: string; stale: boolean } } }[];
          };
        }>(
          `query($includeArchived: Boolean) { portfolioHealth(first: 20, includeArchived: $includeArchived) {
            totalCount edges { node { accountId freshness { source stale } } } } }`,
          { includeArchived },
        ),
      ).portfolioHealth;
    expect((await health(false)).totalCount).toBe(5);
    const all = await health(true);
    expect(all.totalCount).toBe(6);
    expect(all.edges.find((e) => e.node.accountId === ARCHIVED)?.node.freshness).toEqual({
      source: 'STORED',
      stale: false,
    });
    const threading = async (includeArchived: boolean) =>
      ok(
        await editor<{ portfolioThreadingRisk: { totalCount: number; byLevel: { accounts: number }[] } }>(
          `query($includeArchived: Boolean) { portfolioThreadingRisk(first: 1, includeArchived: $includeArchived) {
            totalCount byLevel { accounts } } }`,
          { includeArchived },
        ),
      ).portfolioThreadingRisk;
    expect((await threading(false)).totalCount).toBe(5);
    expect((await threading(true)).totalCount).toBe(6);
  });
});
