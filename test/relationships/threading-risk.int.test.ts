import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { REL_NOW, relationshipPortfolio } from '../support/relationship-fixtures';
import { seedTenant } from '../support/seed';

/*
 * Acme on REL_NOW, by hand (defaults: engaged = strength ≥ 50 and an inbound/mutual contact in 90
 * days; breadth target 6; spread targets 3; weights 0.25 / 0.2 / 0.2 / 0.15 / 0.2):
 *   Strengths (see relationship-strength.int.test.ts): Sam 63.5, Ana 55.0, Ian 25.2, Felix 15.5.
 *   Engaged: Sam (two-way 10 days ago), Ana (20 days ago) → BREADTH (6 − 2) / 5 = 0.8.
 *   Contact volumes Σ decay×type×direction: Sam 1.9972, Ana 1.1443, Ian 0.1389, Felix 0.0535 (3.3338):
 *     shares 0.5991, 0.3432, 0.0417, 0.0160 → HHI 0.4787 → CONCENTRATION (0.4787 + 0.5991) / 2 = 0.5389.
 *   Roles: CHAMPION Sam engaged 0; ECONOMIC_BUYER Felix not engaged 0.5; EXECUTIVE_SPONSOR missing 1;
 *     DECISION_MAKER Olive not engaged 0.5 → ROLE_COVERAGE 0.5.
 *   Structure: both engaged sit under Sam (share 1), one department (1), levels 2 and 3 (0.5), one
 *     branch, Olive's (1) → STRUCTURE 0.875.
 *   Critical: our team reaches Felix (Sam influences him) and Olive (Sam's manager); without Sam,
 *     Ana still reaches both through Ian (who influences her) and Cora → nobody critical → 0.
 *   Score = 100 × (0.25×0.8 + 0.2×0.5389 + 0.2×0.5 + 0.15×0.875 + 0) = 53.9 → MEDIUM.
 * Solo: only Cy engaged (68.7); shares Cy 0.9757, Dee 0.0243 → HHI 0.9525 → 0.9641; roles: champion
 *   0, buyer 0.5, sponsor 1, decision maker 1 → 0.625; structure 1; Cy alone carries Bo → 1.
 *   100 × (0.25 + 0.2×0.9641 + 0.2×0.625 + 0.15 + 0.2) = 91.8 → HIGH.
 * Quiet: nobody engaged, no contact, no roles → every component 1 → 100.
 */
describe('single-threading risk through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('rel-threading');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => REL_NOW);
    await seedTenant(app.db, tenant, relationshipPortfolio());
  });
  afterAll(() => app.stop());

  const FULL = `score level asOf arr riskWeightedArr dataGaps
    account { name }
    components { name value weight }
    engaged { strength lastTwoWayAt stakeholder { id } }
    concentration { topShare herfindahl top { id } contacts { share stakeholder { id } } }
    roleCoverage { role state risk holders { engaged stakeholder { id } backups { id } } }
    structure { championSubtreeShare departments levels departmentRisk levelRisk branchRisk
                champions { id } inChampionSubtree { id } branchHeads { id } }
    decisionPeople { targets { id } reachable { id } unreachable { id } }
    criticalPeople { cutsOffAll engaged stakeholder { id } cutsOff { id } backups { id } }`;

  it('explains the risk of a multi-threaded-looking account that is really one tree', async () => {
    const result = await gql<{ threadingRisk: Record<string, unknown> }>(
      app,
      `{ threadingRisk(accountId: "acc-acme") { ${FULL} } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const id = (x: string) => ({ id: x });
    expect(result.data!.threadingRisk).toEqual({
      score: 53.9,
      level: 'MEDIUM',
      asOf: '2026-12-01T00:00:00.000Z',
      arr: 200_000,
      riskWeightedArr: 107_800,
      dataGaps: [],
      account: { name: 'Acme Health' },
      components: [
        { name: 'BREADTH', value: 0.8, weight: 0.25 },
        { name: 'CONCENTRATION', value: 0.539, weight: 0.2 },
        { name: 'ROLE_COVERAGE', value: 0.5, weight: 0.2 },
        { name: 'STRUCTURE', value: 0.875, weight: 0.15 },
        { name: 'CRITICAL_PEOPLE', value: 0, weight: 0.2 },
      ],
      engaged: [
        { strength: 63.5, lastTwoWayAt: '2026-11-21T00:00:00.000Z', stakeholder: id('p-sam') },
        { strength: 55, lastTwoWayAt: '2026-11-11T00:00:00.000Z', stakeholder: id('p-ana') },
      ],
      concentration: {
        topShare: 0.599,
        herfindahl: 0.479,
        top: id('p-sam'),
        contacts: [
          { share: 0.599, stakeholder: id('p-sam') },
          { share: 0.343, stakeholder: id('p-ana') },
          { share: 0.042, stakeholder: id('p-ian') },
          { share: 0.016, stakeholder: id('p-felix') },
        ],
      },
      roleCoverage: [
        {
          role: 'CHAMPION',
          state: 'ENGAGED',
          risk: 0,
          holders: [{ engaged: true, stakeholder: id('p-sam'), backups: [id('p-ana')] }],
        },
        // Felix's backup: Sam, who sways him.
        {
          role: 'ECONOMIC_BUYER',
          state: 'NOT_ENGAGED',
          risk: 0.5,
          holders: [{ engaged: false, stakeholder: id('p-felix'), backups: [id('p-sam')] }],
        },
        { role: 'EXECUTIVE_SPONSOR', state: 'MISSING', risk: 1, holders: [] },
        {
          role: 'DECISION_MAKER',
          state: 'NOT_ENGAGED',
          risk: 0.5,
          holders: [{ engaged: false, stakeholder: id('p-olive'), backups: [id('p-sam'), id('p-ana')] }],
        },
      ],
      structure: {
        championSubtreeShare: 1,
        departments: ['Operations'],
        levels: [2, 3],
        departmentRisk: 1,
        levelRisk: 0.5,
        branchRisk: 1,
        champions: [id('p-sam')],
        inChampionSubtree: [id('p-sam'), id('p-ana')],
        branchHeads: [id('p-olive')],
      },
      decisionPeople: {
        targets: [id('p-felix'), id('p-olive')],
        reachable: [id('p-felix'), id('p-olive')],
        unreachable: [],
      },
      criticalPeople: [],
    });
  });

  it('reads the account as it was: a year earlier nobody was engaged', async () => {
    // End of 2025-12-15: only Otto's meeting (50 days old, strength 40.2: not engaged) and every role held.
    // BREADTH 1, CONCENTRATION 1 (Otto has all contact), ROLE_COVERAGE (0.5 + 0.5 + 1 + 0.5) / 4 = 0.625,
    // STRUCTURE 1, CRITICAL 1 (nothing reaches the buyer or decision maker)
    // → 100 × (0.25 + 0.2 + 0.125 + 0.15 + 0.2) = 92.5
    const result = await gql<{ threadingRisk: { score: number; level: string; engaged: unknown[] } }>(
      app,
      '{ threadingRisk(accountId: "acc-acme", asOf: "2025-12-15") { score level engaged { strength } concentration { top { id } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.threadingRisk).toEqual({
      score: 92.5,
      level: 'HIGH',
      engaged: [],
      concentration: { top: { id: 'p-otto' } },
    });
  });

  it('ranks the portfolio by risk with the ARR at stake, page by page', async () => {
    const query = `query($after: String) { portfolioThreadingRisk(first: 2, after: $after) {
        totalCount asOf totalArr arrAtHighRisk riskWeightedArr byLevel { level accounts arr }
        pageInfo { hasNextPage endCursor }
        edges { node { score level arr account { id } criticalPeople { cutsOffAll stakeholder { id } cutsOff { id } backups { id } } dataGaps } }
      } }`;
    const first = await gql<{
      portfolioThreadingRisk: {
        pageInfo: { endCursor: string; hasNextPage: boolean };
        edges: { node: { score: number; account: { id: string } } }[];
      } & Record<string, unknown>;
    }>(app, query, { after: null }, token);
    expect(first.errors).toBeUndefined();
    const portfolio = first.data!.portfolioThreadingRisk;
    // 10,000 × 1 + 30,000 × 0.918 + 200,000 × 0.539 = 145,340
    expect(portfolio).toMatchObject({
      totalCount: 3,
      totalArr: 240_000,
      arrAtHighRisk: 40_000,
      riskWeightedArr: 145_340,
      byLevel: [
        { level: 'HIGH', accounts: 2, arr: 40_000 },
        { level: 'MEDIUM', accounts: 1, arr: 200_000 },
        { level: 'LOW', accounts: 0, arr: 0 },
      ],
    });
    expect(portfolio.edges).toEqual([
      {
        node: {
          score: 100,
          level: 'HIGH',
          arr: 10_000,
          account: { id: 'acc-quiet' },
          criticalPeople: [],
          dataGaps: [
            'No contact with anyone at this account in the lookback window',
            'No current champion: the champion-subtree share is left out',
            'Nobody holds ECONOMIC_BUYER or DECISION_MAKER: there is no one who decides to reach',
          ],
        },
      },
      {
        node: {
          score: 91.8,
          level: 'HIGH',
          arr: 30_000,
          account: { id: 'acc-solo' },
          criticalPeople: [
            { cutsOffAll: true, stakeholder: { id: 'p-cy' }, cutsOff: [{ id: 'p-bo' }], backups: [] },
          ],
          dataGaps: [],
        },
      },
    ]);
    const second = await gql<typeof first.data>(app, query, { after: portfolio.pageInfo.endCursor }, token);
    expect(second.data!.portfolioThreadingRisk.edges.map((e) => [e.node.account.id, e.node.score])).toEqual([
      ['acc-acme', 53.9],
    ]);
    expect(second.data!.portfolioThreadingRisk.pageInfo.hasNextPage).toBe(false);
  });

  it('answers on each account of a list, and NOT_FOUND for an unknown one', async () => {
    const list = await gql<{
      accounts: { edges: { node: { id: string; threadingRisk: { score: number } } }[] };
    }>(app, '{ accounts(first: 10) { edges { node { id threadingRisk { score } } } } }', {}, token);
    expect(list.errors).toBeUndefined();
    expect(list.data!.accounts.edges.map((e) => [e.node.id, e.node.threadingRisk.score])).toEqual([
      ['acc-acme', 53.9],
      ['acc-quiet', 100],
      ['acc-solo', 91.8],
    ]);
    const missing = await gql(app, '{ threadingRisk(accountId: "acc-nope") { score } }', {}, token);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('ranks the same when the portfolio is read in batches (configuration), one batch per three queries', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rel-config-')), 'analytics.json');
    writeFileSync(file, JSON.stringify({ threading: { portfolioBatchSize: 2 } }));
    const batched = await startTestApp({ ANALYTICS_CONFIG_FILE: file }, () => REL_NOW);
    try {
      const names: string[] = [];
      const unsubscribe = batched.db.onQuery((e) => {
        if (e.tenantId === tenant) names.push(e.name);
      });
      // The live ranking (what the view computes for a past asOf; today's is read from stored scores).
      const result = await batched.services.threading.portfolio(
        { tenantId: tenant, role: 'VIEWER', subject: 'test' },
        { first: 10 },
      );
      unsubscribe();
      expect(result.page.items.map((r) => r.score)).toEqual([100, 91.8, 53.9]);
      // The account list, then people, influence and interactions for accounts 1-2 and for account 3.
      expect(names.filter((n) => n === 'relationships/pair-interactions-by-account-ids')).toHaveLength(2);
      expect(names).toHaveLength(7);
    } finally {
      await batched.stop();
    }
  });
});
