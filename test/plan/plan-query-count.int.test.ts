import type { RunningApp } from '../../src/app';
import { createLogger } from '../../src/config/logger';
import { withRequestMemo } from '../../src/db/request-memo';
import { warmUpCommonScreens } from '../../src/services/warm-up/common-screens-warm-up';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/** Every section of the plan, with the nested objects a planning screen shows. */
const PLAN = `query($id: ID!) { accountPlan(accountId: $id) {
  accountId asOf account { name arr }
  objectives { id daysToDue overdue ownerEngaged }
  vision { statement }
  growthStrategy { motion headline expansionAllowed blockers { code } }
  successMetrics { key current target status }
  mutualActionPlan { date source sourceId ourOwner { teamMemberId } }
  resourceAllocation { raci { expansionType responsible { teamMember { teamMemberId } } } }
  keyPeople { personId roles engaged }
  gaps markdown } }`;

describe('the account plan reads each per-account fact once', () => {
  let app: RunningApp;
  const tenant = testTenant('plan-query-count');
  const token = tokenFor(tenant);
  let accountIds: string[];

  beforeAll(async () => {
    // A clock that moves (a millisecond a reading), as a real one does: services reading it at
    // different moments of one request must still share their reads (the request's one "now").
    let ticks = 0;
    // Counts statements, not time: a busy shared machine must not time the first plan out.
    app = await startTestApp(
      { REQUEST_TIMEOUT_SECONDS: '120' },
      () => new Date(demoClock().getTime() + (ticks += 1)),
    );
    const records = demoAccounts([1, 2, 3]);
    accountIds = records.accounts.map((a) => a.id);
    await seedTenant(app.db, tenant, records);
  }, 300_000);
  afterAll(() => app.stop());

  /** Each statement the request ran, as its file and parameters. */
  async function statements(query: string, variables: Record<string, unknown>): Promise<string[]> {
    const names: string[] = [];
    const unsubscribe = app.db.onQuery((event) => {
      if (event.tenantId === tenant) names.push(`${event.name} ${JSON.stringify(event.params)}`);
    });
    try {
      const result = await gql(app, query, variables, token);
      expect(result.errors).toBeUndefined();
      return names;
    } finally {
      unsubscribe();
    }
  }

  it('runs no statement twice with the same parameters, and a bounded number in all, for every account', async () => {
    for (const id of accountIds) {
      const ran = await statements(PLAN, { id });
      // The request-scoped memo answers a repeated read (56 statements before it).
      expect(ran.filter((statement, i) => ran.indexOf(statement) !== i)).toEqual([]);
      // The goal (docs/performance.md): one account's facts are read by per-account statements
      // (health's inputs, whitespace, signals, intent, people with influence: one each), 31 before.
      expect(ran.length).toBeLessThanOrEqual(15);
    }
  }, 300_000);

  it('costs the same for a second request: the memo belongs to one request only', async () => {
    const first = await statements(PLAN, { id: accountIds[0] });
    const second = await statements(PLAN, { id: accountIds[0] });
    // Sorted: reads that do not wait on each other finish in any order. Names only: the
    // test's clock moves, so windows ending "now" differ between the two requests.
    const names = (ran: string[]) => ran.map((s) => s.split(' ')[0]).sort();
    expect(names(second)).toEqual(names(first));
  }, 300_000);

  it("warms up the common screens' statements on one of the tenant's accounts", async () => {
    const ran = new Set<string>();
    const unsubscribe = app.db.onQuery((event) => {
      if (event.tenantId === tenant) ran.add(event.name);
    });
    try {
      const report = await withRequestMemo(() =>
        warmUpCommonScreens(app.services, tenant, createLogger('silent', false)),
      );
      expect(accountIds).toContain(report.accountId);
    } finally {
      unsubscribe();
    }
    for (const statement of [
      'account/list-accounts',
      'stakeholder-map/map',
      'stakeholder/people-by-account-ids',
      'stakeholder/people-with-links-by-account-ids',
      'stakeholder/people-page-projected-by-account-ids',
      'plan/objectives',
    ]) {
      expect(ran).toContain(statement);
    }
  }, 300_000);

  it('warms up nothing, quickly, for a tenant without accounts', async () => {
    const report = await warmUpCommonScreens(
      app.services,
      testTenant('no-accounts'),
      createLogger('silent', false),
    );
    expect(report.accountId).toBeNull();
  });
});
