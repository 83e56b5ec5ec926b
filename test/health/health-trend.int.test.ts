import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { healthClock, healthPortfolio } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

interface TrendPoint {
  date: string;
  score: number;
  band: string;
  change: number | null;
  configChanged: boolean;
  configChange: {
    recomputed: boolean;
    previousScoreUnderThisConfig: number | null;
    configEffect: number | null;
    customerEffect: number | null;
    changedWeights: { component: string; from: number; to: number }[];
    explanation: string;
  } | null;
}

const RECORD =
  'mutation($asOf: LocalDate) { recordHealthSnapshots(asOf: $asOf) { asOf recorded byBand { band accounts } configChanged } }';
const TREND = `{ account(id: "acc-red") { healthTrend(from: "2026-11-01", to: "2026-11-30") {
  date score band change configChanged
  configChange { recomputed previousScoreUnderThisConfig configEffect customerEffect changedWeights { component from to } explanation } } } }`;

/**
 * Health kept as dated snapshots, and a trend that tells a configuration change from a change in
 * the customer. acc-red's scores are worked out in health.int.test.ts: 24 on 2026-11-08, 21 on
 * 2026-11-15.
 */
describe('health snapshots and trend through GraphQL', () => {
  let app: RunningApp;
  let graph: TestGraph;
  const tenant = testTenant('health-trend');
  const editor = tokenFor(tenant, 'EDITOR');

  beforeAll(async () => {
    app = await startTestApp({}, healthClock);
    graph = connectTestGraph('health-trend');
    await seedTenant(app.db, tenant, healthPortfolio());
  }, 300_000);
  afterAll(async () => {
    await graph.close();
    await app.stop();
  });

  it('records snapshots for EDITORs only', async () => {
    const refused = await gql(app, RECORD, {}, tokenFor(tenant, 'VIEWER'));
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const past = await gql<{ recordHealthSnapshots: { recorded: number } }>(
      app,
      RECORD,
      { asOf: '2026-11-08' },
      editor,
    );
    expect(past.data!.recordHealthSnapshots.recorded).toBe(5);
    const today = await gql(app, RECORD, {}, editor);
    expect(today.data).toEqual({
      recordHealthSnapshots: {
        asOf: '2026-11-15',
        recorded: 5,
        // acc-red (20) is RED; acc-cobalt YELLOW (its champion left 10 days ago and nobody engaged
        // holds the role: capped); acc-umber and acc-green GREEN; acc-sparse has too little data.
        byBand: [
          { band: 'RED', accounts: 1 },
          { band: 'YELLOW', accounts: 1 },
          { band: 'GREEN', accounts: 2 },
          { band: null, accounts: 1 },
        ],
        configChanged: [],
      },
    });
    // Recording a day again replaces that day's snapshot.
    await gql(app, RECORD, {}, editor);

    const session = graph.driver.session();
    try {
      const result = await session.run(
        `MATCH (s:HealthSnapshot {tenantId: $tenant})-[:OF_ACCOUNT]->(:Account {tenantId: $tenant, id: 'acc-red'})
         RETURN s.date AS date, s.score AS score, s.band AS band, s.usageRaw AS usageRaw, s.sponsorWeight AS sponsorWeight,
                s.contractContribution AS contract, s.configVersion AS configVersion ORDER BY date`,
        { tenant },
      );
      expect(
        result.records.map((r): unknown[] => [
          String(r.get('date')),
          Number(r.get('score')),
          r.get('band'),
          r.get('usageRaw'),
          r.get('sponsorWeight'),
          Number(r.get('contract')),
        ]),
      ).toEqual([
        ['2026-11-08', 23, 'RED', 22.5, 0.2, 9],
        ['2026-11-15', 20, 'RED', 22.5, 0.2, 9],
      ]);
      expect(typeof result.records[0]!.get('configVersion')).toBe('string');
    } finally {
      await session.close();
    }
  });

  it('draws the trend from the snapshots', async () => {
    const result = await gql<{ account: { healthTrend: TrendPoint[] } }>(app, TREND, {}, editor);
    expect(result.data!.account.healthTrend.map((p) => [p.date, p.score, p.change, p.configChanged])).toEqual(
      [
        ['2026-11-08', 23, null, false],
        ['2026-11-15', 20, -3, false],
      ],
    );
  });

  it('marks the point where the configuration, not the customer, moved the score', async () => {
    // The next day, under a configuration that weighs ENTERPRISE sponsors .6 instead of .2.
    const dir = mkdtempSync(join(tmpdir(), 'health-config-'));
    const file = join(dir, 'analytics.json');
    writeFileSync(
      file,
      JSON.stringify({ health: { segments: { ENTERPRISE: { weights: { SPONSOR: 0.6 } } } } }),
    );
    const later = await startTestApp({ ANALYTICS_CONFIG_FILE: file }, () => new Date('2026-11-16T12:00:00Z'));
    try {
      const recorded = await gql<{ recordHealthSnapshots: { configChanged: string[] } }>(
        later,
        RECORD,
        {},
        editor,
      );
      // Only the ENTERPRISE accounts' configuration changed.
      expect(recorded.data!.recordHealthSnapshots.configChanged.sort()).toEqual(['acc-green', 'acc-red']);

      const result = await gql<{ account: { healthTrend: TrendPoint[] } }>(later, TREND, {}, editor);
      const [, , point] = result.data!.account.healthTrend;
      // 2026-11-15's raw scores under the new weights (total 1.4):
      //   (.25 × 22.5 + .2 × 24.92 + .2 × 1 + .15 × 58.44 + .6 × 0) / 1.4 = 19.575 / 1.4 = 13.98 → 14
      // 2026-11-16: renewal 46 days → CONTRACT 100 × (.4 × 46/180 + .48) = 58.22, the rest unchanged:
      //   (5.625 + 4.984 + .2 + .15 × 58.22 + 0) / 1.4 = 19.542 / 1.4 = 13.96 → 14
      // change 14 − 20 = −6: −6 from the configuration (14 − 20), 0 from the customer (14 − 14).
      expect(point).toMatchObject({
        date: '2026-11-16',
        score: 14,
        band: 'RED',
        change: -6,
        configChanged: true,
        configChange: {
          recomputed: true,
          previousScoreUnderThisConfig: 14,
          configEffect: -6,
          customerEffect: 0,
          changedWeights: [{ component: 'SPONSOR', from: 0.2, to: 0.6 }],
        },
      });
      expect(point!.configChange!.explanation).toMatch(
        /-6 points come from the configuration and 0 from the customer\.$/,
      );
    } finally {
      await later.stop();
    }
  });
});
