import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { signalsPortfolio } from '../support/opportunity-fixtures';
import { seedTenant } from '../support/seed';

const NOW = new Date('2026-11-22T12:00:00Z');

interface Signal {
  kind: string;
  summary: string;
  observedAt: string;
  subscriptionId: string | null;
  capacity: (Record<string, unknown> & { snapshots: { date: string; activeSeats: number }[] }) | null;
  adoption: (Record<string, unknown> & { snapshots: { id: string }[] }) | null;
  asymmetry: { productId: string; units: Record<string, unknown>[] } | null;
  hiring: Record<string, unknown> | null;
  stakeholders: { personId: string; reasons: string[] }[];
  moreStakeholders: number;
}

const SIGNALS = `query ($id: ID!, $asOf: LocalDate) { expansionSignals(accountId: $id, asOf: $asOf) {
  account { id } asOf dataGaps
  signals { kind summary observedAt subscriptionId
    capacity { licensedSeats activeSeats utilisation threshold growthPerMonth projectedFullAt raiseConversationBy note snapshots { date activeSeats } }
    adoption { fromRatio toRatio velocityPerMonth minVelocityPerMonth snapshots { id } }
    asymmetry { productId units { businessUnitName state subscriptionId licensedSeats activeSeats utilisation snapshotId date } }
    hiring { basis windowStart knownAtStart joined left growth units { businessUnitName knownAtStart joined { personId date } left { personId date } } }
    stakeholders { personId reasons } moreStakeholders } } }`;

describe('expansion signals through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('expansion');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, signalsPortfolio());
  });
  afterAll(() => app.stop());

  const signalsOf = async (id: string, asOf?: string) => {
    const result = await gql<{
      expansionSignals: { account: { id: string }; asOf: string; dataGaps: string[]; signals: Signal[] };
    }>(app, SIGNALS, { id, asOf }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.expansionSignals;
  };

  it('finds capacity, adoption, asymmetry and hiring signals, in that order per subscription', async () => {
    const found = await signalsOf('acc-cap');
    expect(found.asOf).toBe('2026-11-22');
    expect(found.signals.map((s) => [s.kind, s.subscriptionId, s.observedAt])).toEqual([
      ['SEAT_CAPACITY', 'sub-cap-core', '2026-11-02'],
      ['SEAT_CAPACITY', 'sub-cap-fin', '2026-11-02'],
      ['FEATURE_ADOPTION_VELOCITY', 'sub-cap-fin', '2026-11-02'],
      ['USAGE_ASYMMETRY', null, '2026-11-02'],
      ['HIRING_GROWTH', null, '2026-10-01'],
    ]);
    // The graph has no headcount history: it says so every time.
    expect(found.dataGaps).toEqual([
      'Headcount is stored as one current figure per unit and account, with no history: hiring growth is read from the start dates of the people we know',
    ]);
  });

  it('projects the date of 100% seats from a line through the last six snapshots', async () => {
    const [core] = (await signalsOf('acc-cap')).signals;
    // Six snapshots 30 days apart, 750 … 900: one seat a day (the 2026-05-06 one is a seventh, left out).
    // 900 / 1,000 = 90%; (1,000 − 900) / 1 = 100 days after 2026-11-02 = 2027-02-10; 60 days before = 2026-12-12.
    expect(core!.capacity).toEqual({
      licensedSeats: 1000,
      activeSeats: 900,
      utilisation: 0.9,
      threshold: 0.8,
      growthPerMonth: 30.4, // 1 seat/day × 30.4375 days
      projectedFullAt: '2027-02-10',
      raiseConversationBy: '2026-12-12',
      note: null,
      snapshots: [750, 780, 810, 840, 870, 900].map((activeSeats, i) => ({
        date: ['2026-06-05', '2026-07-05', '2026-08-04', '2026-09-03', '2026-10-03', '2026-11-02'][i],
        activeSeats,
      })),
    });
    expect(core!.summary).toBe(
      'Core at 900 of 1000 seats (90%); 100% projected on 2027-02-10 at +30.4 seats a month',
    );
    // Account-wide: the holders of the buying roles, most senior first.
    expect(core!.stakeholders).toEqual([
      { personId: 'per-cfo', reasons: ['Holds ECONOMIC_BUYER'] },
      { personId: 'per-champ', reasons: ['Holds CHAMPION'] },
    ]);
  });

  it('reads a unit subscription from its own unit only, and says when seats are flat', async () => {
    const [, finance, adoption] = (await signalsOf('acc-cap')).signals;
    // 46 / 50 on both of Finance's own snapshots (Operations' 8 seats on the same day are not Finance's).
    expect(finance!.capacity).toMatchObject({
      activeSeats: 46,
      utilisation: 0.92,
      growthPerMonth: 0,
      projectedFullAt: null,
      note: 'Not growing: no date for 100%',
    });
    // 10/20 → 13/20 in 30 days: 0.15 / 30 × 30.4375 = 0.1522 a month.
    expect(adoption!.adoption).toEqual({
      fromRatio: 0.5,
      toRatio: 0.65,
      velocityPerMonth: 0.1522,
      minVelocityPerMonth: 0.01,
      snapshots: [{ id: 'use-sub-cap-fin-2026-10-03' }, { id: 'use-sub-cap-fin-2026-11-02' }],
    });
    // Finance's people: the CFO (a role) and the director (senior enough); not the analyst.
    expect(finance!.stakeholders).toEqual([
      { personId: 'per-cfo', reasons: ['In the unit; holds ECONOMIC_BUYER'] },
      { personId: 'per-fin-dir', reasons: ['In the unit; DIRECTOR'] },
    ]);
  });

  it('names the heavy, idle and unlicensed-but-active units of one product', async () => {
    const asymmetry = (await signalsOf('acc-cap')).signals[3]!;
    expect(asymmetry.summary).toBe(
      'Analytics used unevenly: Finance HEAVY (92%), Operations UNLICENSED_ACTIVE, Marketing IDLE (10%)',
    );
    expect(asymmetry.asymmetry).toEqual({
      productId: 'prod-ana',
      units: [
        {
          businessUnitName: 'Finance',
          state: 'HEAVY',
          subscriptionId: 'sub-cap-fin',
          licensedSeats: 50,
          activeSeats: 46,
          utilisation: 0.92,
          snapshotId: 'use-sub-cap-fin-2026-11-02',
          date: '2026-11-02',
        },
        {
          businessUnitName: 'Operations',
          state: 'UNLICENSED_ACTIVE',
          subscriptionId: null,
          licensedSeats: null,
          activeSeats: 8,
          utilisation: null,
          snapshotId: 'use-cap-fin-ops-2026-11-02',
          date: '2026-11-02',
        },
        {
          businessUnitName: 'Marketing',
          state: 'IDLE',
          subscriptionId: 'sub-cap-mkt',
          licensedSeats: 50,
          activeSeats: 5,
          utilisation: 0.1,
          snapshotId: 'use-sub-cap-mkt-2026-11-02',
          date: '2026-11-02',
        },
      ],
    });
    // Role holders first (CFO, champion), then by seniority (VP, director).
    expect(asymmetry.stakeholders.map((s) => s.personId)).toEqual([
      'per-cfo',
      'per-champ',
      'per-mkt-vp',
      'per-fin-dir',
    ]);
  });

  it('measures hiring from the start dates of the people known there', async () => {
    const hiring = (await signalsOf('acc-cap')).signals[4]!;
    // Window from 2026-05-26 (180 days): six people known then (Olaf left on 2026-09-01, after it);
    // three joined, one left: (3 − 1) / 6 = 0.333.
    expect(hiring.hiring).toEqual({
      basis: 'KNOWN_PEOPLE_START_DATES',
      windowStart: '2026-05-26',
      knownAtStart: 6,
      joined: 3,
      left: 1,
      growth: 0.333,
      units: [
        {
          businessUnitName: 'Operations',
          knownAtStart: 2,
          joined: [
            { personId: 'per-ops-1', date: '2026-07-01' },
            { personId: 'per-ops-2', date: '2026-08-15' },
            { personId: 'per-ops-3', date: '2026-10-01' },
          ],
          left: [{ personId: 'per-ops-old', date: '2026-09-01' }],
        },
      ],
    });
    expect(hiring.summary).toBe('3 joined and 1 left since 2026-05-26 among 6 people known then (+33%)');
  });

  it('reads the graph as of an earlier day', async () => {
    // On 2026-09-10 Core's latest snapshot is 2026-09-03 (840 / 1,000 = 84%), fitted over the five
    // snapshots up to then (the 2026-05-06 one included): 720, 750, 780, 810, 840.
    const earlier = await signalsOf('acc-cap', '2026-09-10');
    const core = earlier.signals.find(
      (s) => s.kind === 'SEAT_CAPACITY' && s.subscriptionId === 'sub-cap-core',
    )!;
    expect(core.capacity).toMatchObject({ activeSeats: 840, utilisation: 0.84 });
    expect(core.capacity!.snapshots.map((s) => s.date)).toEqual([
      '2026-05-06',
      '2026-06-05',
      '2026-07-05',
      '2026-08-04',
      '2026-09-03',
    ]);
    // Finance's analytics had no snapshot yet; only two people had joined (< 3): no hiring signal.
    expect(earlier.signals.map((s) => s.kind)).toEqual(['SEAT_CAPACITY']);
  });

  it('lists the portfolio’s accounts with signals, most first', async () => {
    const result = await gql<{
      portfolioExpansionSignals: {
        totalCount: number;
        edges: { node: { account: { id: string }; signals: { kind: string }[] } }[];
      };
    }>(
      app,
      '{ portfolioExpansionSignals(first: 10) { totalCount edges { node { account { id } signals { kind } } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    // acc-red and acc-amber have no signal.
    expect(result.data!.portfolioExpansionSignals.totalCount).toBe(1);
    expect(result.data!.portfolioExpansionSignals.edges[0]!.node.account.id).toBe('acc-cap');
    expect(result.data!.portfolioExpansionSignals.edges[0]!.node.signals).toHaveLength(5);
  });

  it('is NOT_FOUND for another tenant’s account', async () => {
    const result = await gql(app, SIGNALS, { id: 'acc-cap' }, tokenFor(testTenant('stranger')));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
