import type { RunningApp } from '../../src/app';
import { startTestApp, tokenFor } from '../support/app';
import { handBuiltPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { aliasedPlans, metricsOf, post, sample } from './hardening-kit';

jest.setTimeout(300_000);

/** Waits (turn by turn, bounded) until the queue reaches a state; the test fails if it never does. */
async function until(what: string, reached: () => boolean): Promise<void> {
  const give = Date.now() + 60_000;
  while (!reached()) {
    if (Date.now() > give) throw new Error(`never reached: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const PLAN = '{ accountPlan(accountId: "acc-nw") { __typename account { id } } }';

describe("an expensive request waits its turn; another tenant's screens do not wait for it", () => {
  let app: RunningApp;
  const heavy = testTenant('heavy');
  const other = testTenant('other');

  beforeAll(async () => {
    // Two units at once in the process, one per tenant (the defaults). The time limit is lifted:
    // a plan's wait in the queue counts against it, and the first plans on a loaded machine are slow.
    app = await startTestApp({
      HEAVY_WORK_CONCURRENCY: '2',
      TENANT_HEAVY_WORK_SHARE: '1',
      REQUEST_TIMEOUT_SECONDS: '240',
    });
    await seedTenant(app.db, heavy, handBuiltPortfolio());
    await seedTenant(app.db, other, handBuiltPortfolio());
    // Warm: the first plan of a process compiles its statements.
    expect((await post(app, PLAN, tokenFor(other))).status).toBe(200);
  });
  afterAll(() => app.stop());

  it("queues a tenant's second account plan while another tenant's cheap screen and plan are answered", async () => {
    // The tenant's share is taken by a unit the test holds (as a long account plan would).
    let release!: () => void;
    const holding = app.heavyWork.run(heavy, {}, () => new Promise<void>((done) => (release = done)));
    await until('the held unit runs', () => app.heavyWork.active === 1);

    const waitingPlan = post(app, PLAN, tokenFor(heavy));
    await until("the tenant's plan is queued", () => app.heavyWork.queued === 1);
    expect(sample(await metricsOf(app), 'heavy_work_queued')).toBe(1);

    // The other tenant: a cheap screen does not go through the queue at all…
    const health = await post(app, '{ accountHealth(accountId: "acc-nw") { score band } }', tokenFor(other));
    expect(health.status).toBe(200);
    expect(health.body.errors).toBeUndefined();
    // …and its own account plan takes the free turn, ahead of the first tenant's second one.
    const otherPlan = await post(app, PLAN, tokenFor(other));
    expect(otherPlan.status).toBe(200);
    expect(otherPlan.body).toMatchObject({ data: { accountPlan: { account: { id: 'acc-nw' } } } });
    expect(app.heavyWork.queued).toBe(1);

    release();
    await holding;
    const answered = await waitingPlan;
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ data: { accountPlan: { account: { id: 'acc-nw' } } } });
    expect([app.heavyWork.active, app.heavyWork.queued]).toEqual([0, 0]);
  });

  it('runs aliased account plans one at a time, each its own turn, and answers them all', async () => {
    const before = sample(await metricsOf(app), 'heavy_work_wait_seconds_count');
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, app.heavyWork.active)), 0);
    try {
      const plans = await post(app, aliasedPlans(3, 'acc-nw'), tokenFor(heavy));
      expect(plans.status).toBe(200);
      expect(plans.body.errors).toBeUndefined();
      expect(Object.keys(plans.body.data as object)).toEqual(['a0', 'a1', 'a2']);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBe(1);
    expect(sample(await metricsOf(app), 'heavy_work_wait_seconds_count') - before).toBe(3);
  });

  it('leaves cheap root fields out of the queue', async () => {
    const before = sample(await metricsOf(app), 'heavy_work_wait_seconds_count');
    const cheap = await post(
      app,
      '{ accountHealth(accountId: "acc-nw") { score } threadingRisk(accountId: "acc-nw") { score } }',
      tokenFor(heavy),
    );
    expect(cheap.status).toBe(200);
    expect(sample(await metricsOf(app), 'heavy_work_wait_seconds_count')).toBe(before);
  });

  it('queues the account plan document as it queues the GraphQL plan', async () => {
    let release!: () => void;
    const holding = app.heavyWork.run(heavy, {}, () => new Promise<void>((done) => (release = done)));
    await until('the held unit runs', () => app.heavyWork.active === 1);
    const document = fetch(new URL('/accounts/acc-nw/account-plan.md', app.url), {
      headers: { authorization: `Bearer ${tokenFor(heavy)}` },
    });
    await until('the document is queued', () => app.heavyWork.queued === 1);
    release();
    await holding;
    const answered = await document;
    expect(answered.status).toBe(200);
    expect(await answered.text()).toMatch(/^# /m);
  });

  it('takes a request out of the queue when its client goes away', async () => {
    let release!: () => void;
    const holding = app.heavyWork.run(heavy, {}, () => new Promise<void>((done) => (release = done)));
    await until('the held unit runs', () => app.heavyWork.active === 1);
    const client = new AbortController();
    const gone = fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor(heavy)}` },
      body: JSON.stringify({ query: PLAN }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await until("the tenant's plan is queued", () => app.heavyWork.queued === 1);
    client.abort();
    await gone;
    await until('the abandoned plan leaves the queue', () => app.heavyWork.queued === 0);
    release();
    await holding;
    expect(app.heavyWork.active).toBe(0);
  });
});
