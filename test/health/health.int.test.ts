import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { healthClock, healthPortfolio } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

interface Component {
  name: string;
  configuredWeight: number;
  weight: number;
  rawScore: number | null;
  contribution: number;
  missing: boolean;
  inputs: { name: string; value: number | null; score: number | null; weight: number | null }[];
  evidence: { kind: string; id: string }[];
}
interface Health {
  accountId: string;
  score: number | null;
  exactScore: number | null;
  band: string | null;
  state: string;
  coverage: number;
  components: Component[];
  redFlags: { code: string; component: string; evidence: { id: string }[] }[];
  missingInputs: string[];
}

const HEALTH_FIELDS = `accountId score exactScore band state coverage configVersion
  components { name configuredWeight weight rawScore contribution missing
    inputs { name value score weight } evidence { kind id date value } }
  redFlags { code component message evidence { kind id } }
  missingInputs`;

/**
 * Account health through GraphQL on the hand-built portfolio (test/support/health-fixtures.ts),
 * judged at noon on 2026-11-15. ENTERPRISE weights: USAGE .25, SUPPORT .2, ENGAGEMENT .2,
 * CONTRACT .15, SPONSOR .2; bands GREEN ≥ 80, YELLOW ≥ 50.
 */
describe('account health through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('health');
  const token = tokenFor(tenant);
  const health = async (accountId: string, asOf?: string): Promise<Health> => {
    const result = await gql<{ accountHealth: Health }>(
      app,
      `query($id: ID!, $asOf: LocalDate) { accountHealth(accountId: $id, asOf: $asOf) { ${HEALTH_FIELDS} } }`,
      { id: accountId, asOf },
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.accountHealth;
  };
  const rows = (h: Health) => h.components.map((c) => [c.name, c.rawScore, c.weight, c.contribution]);

  beforeAll(async () => {
    app = await startTestApp({}, healthClock);
    await seedTenant(app.db, tenant, healthPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  it('scores a red account from usage, support, engagement, contract and sponsor, every input worked by hand', async () => {
    const h = await health('acc-red');
    // USAGE: 60 of 200 seats = .3 → .3 / .8 = .375; trend (60 − 150) / 150 = −.6 → 0
    //        100 × (.6 × .375 + .4 × 0) = 22.5
    // SUPPORT (tickets since 2026-08-17 12:00): sentiment (−.9 − .5 + .1) / 3 = −.4333 → .2833;
    //        escalated 2 → 1 − 2/3 = .3333; severity (4 + 3 + 2) / 3 = 3 → 1 − 2/3 = .3333;
    //        NPS 2 and 4 are both detractors: net −100 → 0
    //        100 × (.35 × .2833 + .25 × .3333 + .2 × .3333 + .2 × 0) = 24.92
    // ENGAGEMENT: nobody engaged (0), never talked with us (0), threading risk 97.5 (champion held but
    //        not engaged .5, three key roles missing 1: role coverage .875, every other component 1:
    //        .25 + .2 + .2 × .875 + .15 + .2 = .975) → 100 × .4 × (1 − .975) = 1
    // CONTRACT: 47 days to 2027-01-01 → 47/180 = .2611; 120,000 held, 30,000 cancelled → .8
    //        100 × (.4 × .2611 + .6 × .8) = 58.44
    // SPONSOR: Sid left on 2026-09-01, nobody holds the role: VACANT → 0
    // Σ = .25 × 22.5 + .2 × 24.92 + .2 × 1 + .15 × 58.44 + .2 × 0 = 5.625 + 4.984 + .2 + 8.766 + 0 = 19.575 → 20
    // floors 5 + 4 + 0 + 8 + 0 = 17; three more points to the largest remainders: SUPPORT (.984),
    // CONTRACT (.766), USAGE (.625)
    expect([h.score, h.exactScore, h.band]).toEqual([20, 19.58, 'RED']);
    expect(rows(h)).toEqual([
      ['USAGE', 22.5, 0.25, 6],
      ['SUPPORT', 24.92, 0.2, 5],
      ['ENGAGEMENT', 1, 0.2, 0],
      ['CONTRACT', 58.44, 0.15, 9],
      ['SPONSOR', 0, 0.2, 0],
    ]);
    expect(h.components.reduce((sum, c) => sum + c.contribution, 0)).toBe(h.score);
    expect(h.components[1]!.inputs.slice(0, 4).map((i) => [i.name, i.value, i.score, i.weight])).toEqual([
      ['sentiment', -0.4333, 0.2833, 0.35],
      ['escalations', 2, 0.3333, 0.25],
      ['severity', 3, 0.3333, 0.2],
      ['nps', -100, 0, 0.2],
    ]);
    expect(h.redFlags.map((f) => [f.code, f.evidence.map((e) => e.id)])).toEqual([
      ['USAGE_DECLINE', ['use-sub-red-core-2026-05-01', 'use-sub-red-core-2026-11-01']],
      ['LOW_UTILISATION', ['use-sub-red-core-2026-11-01']],
      ['ESCALATED_TICKETS', ['r2', 'r1']],
      ['NEGATIVE_TICKET_SENTIMENT', ['r2', 'r1']],
      ['OPEN_URGENT_TICKET', ['r1']],
      ['LOW_NPS', ['nps-r2', 'nps-r1']],
      ['OPEN_HIGH_SEVERITY_TICKET', ['r1']],
      ['OPEN_ESCALATION', ['r1']],
      ['DETRACTOR_NPS', ['nps-r2', 'nps-r1']],
      ['SINGLE_THREADED', []],
      ['NO_RECENT_TWO_WAY_CONTACT', []],
      ['RENEWAL_APPROACHING', ['sub-red-core']],
      ['RECENT_CANCELLATION', ['sub-red-addon']],
      // Sid left 75 days ago and nobody holds the seat: a departure cap, and one red flag for it
      // (KEY_ROLE_DEPARTED; the sponsor's SPONSOR_DEPARTED is folded into it, its evidence kept).
      ['KEY_ROLE_DEPARTED', ['p-sid']],
    ]);
    expect(h.missingInputs).toEqual([]);
  });

  it('judges a past day with what was known then', async () => {
    const h = await health('acc-red', '2026-11-08');
    // r1 (opened 11-10) does not exist yet: sentiment (−.5 + .1) / 2 = −.2 → .4; escalated 1 → .6667;
    //   severity (3 + 2) / 2 = 2.5 → .5; NPS 2 and 4, both detractors: net −100 → 0
    //   → 100 × (.14 + .1667 + .1 + 0) = 40.67
    // CONTRACT: 54 days → .3 → 100 × (.12 + .48) = 60. USAGE, ENGAGEMENT, SPONSOR as today.
    // Σ = 5.625 + 8.134 + .2 + 9 + 0 = 22.959 → 23; floors 5 + 8 + 0 + 9 + 0 = 22, +1 to USAGE (.625)
    expect([h.score, h.band]).toEqual([23, 'RED']);
    expect(rows(h)).toEqual([
      ['USAGE', 22.5, 0.25, 6],
      ['SUPPORT', 40.67, 0.2, 8],
      ['ENGAGEMENT', 1, 0.2, 0],
      ['CONTRACT', 60, 0.15, 9],
      ['SPONSOR', 0, 0.2, 0],
    ]);
    expect(h.redFlags.map((f) => f.code)).not.toContain('OPEN_URGENT_TICKET');
  });

  it('names missing inputs and shares their weight out instead of counting them as 0 or healthy', async () => {
    const h = await health('acc-sparse');
    // Only engagement can be judged (one person, never contacted: 0), so it carries the whole weight.
    expect(rows(h)).toEqual([
      ['USAGE', null, 0, 0],
      ['SUPPORT', null, 0, 0],
      ['ENGAGEMENT', 0, 1, 0],
      ['CONTRACT', null, 0, 0],
      ['SPONSOR', null, 0, 0],
    ]);
    expect(h.components.filter((c) => c.missing).map((c) => c.name)).toEqual([
      'USAGE',
      'SUPPORT',
      'CONTRACT',
      'SPONSOR',
    ]);
    expect(h.missingInputs).toEqual([
      'USAGE: no subscription is active on this day',
      'SUPPORT: no support ticket and no NPS answer has ever been recorded',
      'CONTRACT: no subscription is held on this day or ended lately',
      'SPONSOR: no executive sponsor role has ever been assigned at this account',
      'COVERAGE: only 15% of the weight has data, below the 50% a score needs',
    ]);
    // One component of five (ENGAGEMENT, .15 of SMB's weight) is not a score: no "RED 0".
    expect([h.score, h.band, h.state, h.coverage]).toEqual([null, null, 'INSUFFICIENT_DATA', 0.15]);
  });

  it('builds engagement on the threading analytics', async () => {
    const h = await health('acc-green');
    const threading = await gql<{ threadingRisk: { score: number } }>(
      app,
      '{ threadingRisk(accountId: "acc-green") { score } }',
      {},
      token,
    );
    const risk = threading.data!.threadingRisk.score;
    const engagement = h.components.find((c) => c.name === 'ENGAGEMENT')!;
    // Five people with four mutual meetings each two hours ago: all engaged (target 6 → 5/6), last
    // two-way contact 0 days ago (recency 1); the threading input is the account's threading risk.
    expect(engagement.inputs.slice(0, 3).map((i) => [i.name, i.value, i.score])).toEqual([
      ['breadth', 5, 0.8333],
      ['recency', 0, 1],
      ['threading', risk, 1 - risk / 100],
    ]);
    expect(engagement.rawScore).toBe(
      Math.round(100 * (0.3 * (5 / 6) + 0.3 + 0.4 * (1 - risk / 100)) * 100) / 100,
    );
    // USAGE 100 (90% used, +50%), SUPPORT 100 × (.35 × .8 + .25 + .2 + .2 × 1) = 93 (NPS 9: a
    // promoter, net +100), CONTRACT 100, SPONSOR 100
    expect(rows(h).filter(([name]) => name !== 'ENGAGEMENT')).toEqual([
      ['USAGE', 100, 0.25, 25],
      ['SUPPORT', 93, 0.2, 19],
      ['CONTRACT', 100, 0.15, 15],
      ['SPONSOR', 100, 0.2, 20],
    ]);
    expect(h.band).toBe('GREEN');
    expect(h.components.reduce((sum, c) => sum + c.contribution, 0)).toBe(h.score);
  });

  it('ranks the portfolio worst first, by band, a page at a time', async () => {
    const all = await gql<{
      portfolioHealth: { totalCount: number; edges: { node: { accountId: string; score: number } }[] };
    }>(
      app,
      '{ portfolioHealth(first: 10) { totalCount edges { node { accountId score band } } } }',
      {},
      token,
    );
    const ids = all.data!.portfolioHealth.edges.map((e) => e.node.accountId);
    // acc-sparse has too little data for a score (INSUFFICIENT_DATA): unscored accounts come last.
    expect([ids[0], ids.at(-1)]).toEqual(['acc-red', 'acc-sparse']);
    const scores = all.data!.portfolioHealth.edges.map((e) => e.node.score).slice(0, -1);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(all.data!.portfolioHealth.totalCount).toBe(5);

    const red = await gql<{
      portfolioHealth: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { accountId: string } }[];
      };
    }>(
      app,
      '{ portfolioHealth(first: 1, band: RED) { totalCount pageInfo { hasNextPage endCursor } edges { node { accountId } } } }',
      {},
      token,
    );
    // acc-sparse has no band (INSUFFICIENT_DATA): acc-red is the only RED account.
    expect(red.data!.portfolioHealth.totalCount).toBe(1);
    expect(red.data!.portfolioHealth.edges.map((e) => e.node.accountId)).toEqual(['acc-red']);
    expect(red.data!.portfolioHealth.pageInfo.hasNextPage).toBe(false);
  });

  it('batches Account.health across a page of accounts (no N+1)', async () => {
    const count = async (first: number) => {
      const names: string[] = [];
      const off = app.db.onQuery((e) => names.push(e.name));
      const result = await gql<{ accounts: { edges: { node: { health: { score: number } } }[] } }>(
        app,
        `{ accounts(first: ${first}) { edges { node { id health { score band } } } } }`,
        {},
        token,
      );
      off();
      expect(result.errors).toBeUndefined();
      expect(result.data!.accounts.edges).toHaveLength(first);
      return names.sort();
    };
    const one = await count(1);
    const five = await count(5);
    // The same queries, once each, for one account or five.
    expect(five).toEqual(one);
    expect(five.filter((n) => n.startsWith('health/'))).toEqual([
      'health/alternatives-mentions-by-account-ids',
      'health/key-people-by-account-ids',
      'health/nps-by-account-ids',
      'health/subscriptions-by-account-ids',
      'health/tickets-by-account-ids',
    ]);
  });

  it('refuses a day in the future and an account the caller does not have', async () => {
    const future = await gql(
      app,
      '{ accountHealth(accountId: "acc-red", asOf: "2026-12-01") { score } }',
      {},
      token,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const other = await gql(
      app,
      '{ accountHealth(accountId: "acc-red") { score } }',
      {},
      tokenFor(testTenant('other')),
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
