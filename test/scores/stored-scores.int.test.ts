import { hostname } from 'node:os';
import type { RunningApp } from '../../src/app';
import type { Caller } from '../../src/domain/tenant';
import { AccountScoreRepository } from '../../src/repositories/account-score.repository';
import { WorkerLeaseRepository } from '../../src/repositories/worker-lease.repository';
import { SCORE_WORKER_LEASE } from '../../src/services/scores/score-worker';
import { gql, passWhenLeaseFree, startTestApp, tokenFor } from '../support/app';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { DEMO_AS_OF, demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/** Thirteen demo accounts: every scenario, so every view has rows of each kind. */
const RECORDS = demoAccounts(Array.from({ length: 13 }, (_, i) => i + 1));

interface Row {
  accountId: string;
  score: number | null;
  freshness: { source: string; stale: boolean; asOf: string; configVersion: string | null };
}

jest.setTimeout(180_000);

describe('stored scores', () => {
  let graph: TestGraph;
  let app: RunningApp;
  let scores: AccountScoreRepository;
  const tenant = testTenant('stored-scores');
  const caller: Caller = { tenantId: tenant, role: 'ADMIN', subject: 'test' };
  const read = async <T>(query: string, variables: Record<string, unknown> = {}, role = 'VIEWER') => {
    const result = await gql<T>(app, query, variables, tokenFor(tenant, role));
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const healthPage = (after: string | null = null, first = 50) =>
    read<{
      portfolioHealth: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: Row & { band: string | null } }[];
      };
    }>(
      `query($after: String, $first: Int!) { portfolioHealth(first: $first, after: $after) {
         totalCount pageInfo { hasNextPage endCursor }
         edges { node { accountId score band freshness { source stale asOf configVersion } } } } }`,
      { after, first },
    ).then((d) => d.portfolioHealth);

  beforeAll(async () => {
    graph = connectTestGraph('stored-scores');
    app = await startTestApp({}, demoClock);
    scores = new AccountScoreRepository(graph.db);
    await seedTenant(app.db, tenant, RECORDS);
  }, 300_000);
  afterAll(async () => {
    await app.stop();
    await graph.close();
  });

  it('serves portfolio health from stored scores equal to the live computation', async () => {
    const stored = await healthPage();
    const live = await app.services.health.portfolio(caller, { first: 50 });
    expect(stored.totalCount).toBe(13);
    expect(stored.edges.map((e) => [e.node.accountId, e.node.score])).toEqual(
      live.items.map((h) => [h.accountId, h.score]),
    );
    for (const { node } of stored.edges) {
      expect(node.freshness).toEqual({
        source: 'STORED',
        stale: false,
        asOf: DEMO_AS_OF,
        configVersion: app.services.scoring.configVersion,
      });
    }
  });

  it('pages stored health with cursors in the same order', async () => {
    const all = (await healthPage()).edges.map((e) => e.node.accountId);
    const first = await healthPage(null, 5);
    const second = await healthPage(first.pageInfo.endCursor, 5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...second.edges].map((e) => e.node.accountId)).toEqual(all.slice(0, 10));
  });

  it('serves threading risk, churn indicators and expansion signals from stored scores', async () => {
    const data = await read<{
      portfolioThreadingRisk: {
        totalArr: number;
        staleAccounts: number;
        edges: { node: { account: { id: string }; score: number; freshness: { source: string } } }[];
      };
      portfolioChurnIndicators: { totalCount: number; edges: { node: { account: { id: string } } }[] };
      portfolioExpansionSignals: { totalCount: number; edges: { node: { account: { id: string } } }[] };
    }>(`{
      portfolioThreadingRisk(first: 50) {
        totalArr staleAccounts edges { node { account { id } score freshness { source } } }
      }
      portfolioChurnIndicators(first: 50) { totalCount edges { node { account { id } } } }
      portfolioExpansionSignals(first: 50) { totalCount edges { node { account { id } } } }
    }`);
    const threading = await app.services.threading.portfolio(caller, { first: 50 });
    expect(data.portfolioThreadingRisk.edges.map((e) => [e.node.account.id, e.node.score])).toEqual(
      threading.page.items.map((r) => [r.accountId, r.score]),
    );
    expect(data.portfolioThreadingRisk.totalArr).toBe(threading.totalArr);
    expect(data.portfolioThreadingRisk.staleAccounts).toBe(0);
    expect(data.portfolioThreadingRisk.edges[0]!.node.freshness.source).toBe('STORED');
    const churn = await app.services.churnIndicators.portfolio(caller, null, 50, null);
    expect(data.portfolioChurnIndicators.edges.map((e) => e.node.account.id)).toEqual(
      churn.items.map((c) => c.accountId),
    );
    expect(data.portfolioChurnIndicators.totalCount).toBeGreaterThan(0);
    const expansion = await app.services.expansionSignals.portfolio(caller, null, 50, null);
    expect(data.portfolioExpansionSignals.edges.map((e) => e.node.account.id)).toEqual(
      expansion.items.map((c) => c.accountId),
    );
  });

  it('a write marks its account stale and a worker pass re-scores it', async () => {
    await healthPage(); // every account scored and current
    expect(await scores.staleAccounts(tenant, 100)).toEqual([]);
    const account = RECORDS.accounts[0]!.id;
    const person = RECORDS.people.find((p) => p.accountId === account && p.status === 'ACTIVE')!;
    const written = await gql(
      app,
      `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }`,
      {
        input: {
          accountId: account,
          type: 'MEETING',
          direction: 'MUTUAL',
          occurredAt: `${DEMO_AS_OF}T09:00:00.000Z`,
          durationMinutes: 30,
          teamMemberIds: [RECORDS.teamMembers[0]!.id],
          stakeholderIds: [person.id],
        },
      },
      tokenFor(tenant, 'EDITOR'),
    );
    expect(written.errors).toBeUndefined();
    expect((await scores.staleAccounts(tenant, 100)).map((s) => s.accountId)).toEqual([account]);

    const pass = await passWhenLeaseFree(app, tenant);
    expect(pass).toMatchObject({ ran: true, scored: 1, stillStale: 0 });
    // A pass asked for one tenant hands the worker's lease back when it is done.
    const lease = await new WorkerLeaseRepository(graph.db).holder(SCORE_WORKER_LEASE);
    expect(lease.holder).not.toBe(`${hostname()}:${process.pid}`);
    expect(await scores.staleAccounts(tenant, 100)).toEqual([]);
    // The stored score took the meeting in: it equals the live score after the write.
    const [stored] = (await scores.threadingPage(tenant, { first: 50, afterId: null })).filter(
      (r) => r.accountId === account,
    );
    const live = await app.services.threading.forAccount(caller, account);
    expect(JSON.parse(stored!.threadingJson!)).toEqual(JSON.parse(JSON.stringify(live)));
  });

  it('marks people’s employers stale and a departure’s account', async () => {
    const account = RECORDS.accounts[1]!.id;
    const person = RECORDS.people.find((p) => p.accountId === account && p.status === 'ACTIVE')!;
    expect(await app.services.staleness.markPeopleStale(tenant, [person.id], 'TEST')).toBe(1);
    expect((await scores.staleAccounts(tenant, 100)).map((s) => s.accountId)).toEqual([account]);
    await passWhenLeaseFree(app, tenant);
    expect(await scores.staleAccounts(tenant, 100)).toEqual([]);
  });

  it('keeps an account stale when it was written to while being scored', async () => {
    const account = RECORDS.accounts[2]!.id;
    await app.services.staleness.markAccountsStale(tenant, [account], 'TEST');
    const [pending] = await scores.staleAccounts(tenant, 100);
    // A second write lands after the worker read the account's inputs (version moved on).
    await app.services.staleness.markAccountsStale(tenant, [account], 'TEST');
    expect(await app.services.scoring.rescore(tenant, [pending!])).toEqual({ written: 1, stillStale: 1 });
    expect((await scores.staleAccounts(tenant, 100)).map((s) => s.accountId)).toEqual([account]);
    await passWhenLeaseFree(app, tenant);
    expect(await scores.staleAccounts(tenant, 100)).toEqual([]);
  });

  it('grants a lease to one instance at a time until it expires or is released', async () => {
    const leases = new WorkerLeaseRepository(graph.db);
    const name = `test-lease-${tenant}`;
    const now = new Date('2026-11-22T12:00:00Z');
    expect((await leases.acquire(name, 'a', now, 60)).granted).toBe(true);
    expect((await leases.acquire(name, 'b', now, 60)).granted).toBe(false);
    expect((await leases.acquire(name, 'a', now, 60)).granted).toBe(true);
    const later = new Date(now.getTime() + 61_000);
    expect((await leases.acquire(name, 'b', later, 60)).granted).toBe(true);
    await leases.release(name, 'b');
    expect(await leases.holder(name)).toEqual({ holder: null, expiresAt: null });
  });
});
