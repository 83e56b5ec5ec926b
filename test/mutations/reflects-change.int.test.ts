import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import {
  ASSIGN_ROLE,
  END_ROLE,
  keystonePortfolio,
  mutate,
  NOW,
  RECORD_INTERACTION,
  RECORD_OBJECTIVE,
  RECORD_USAGE,
} from './mutation-fixtures';

/**
 * After a mutation, the next query reflects it: every score, signal and plan is computed from
 * the graph when asked. Each reading below is worked out by hand on Keystone Bank
 * (mutation-fixtures.ts) with the documented default configuration.
 */
describe('every score, signal and play reflects a mutation at once', () => {
  let app: RunningApp;
  const tenant = testTenant('mutations-reflect');
  const viewer = tokenFor(tenant);
  const read = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await gql<T>(app, query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, keystonePortfolio());
  });
  afterAll(() => app.stop());

  it('a MUTUAL meeting raises the pair’s relationship strength', async () => {
    const strength = () =>
      read<{ stakeholder: { relationshipStrength: { pairs: { strength: Record<string, unknown> }[] } } }>(
        `{ stakeholder(id: "p-ks-user") { relationshipStrength {
             pairs { teamMember { id } strength { score interactionCount components { name value points } } }
           } } }`,
      ).then((d) => d.stakeholder.relationshipStrength.pairs);

    // Before: Kim's one OUTBOUND email, 90 days (one half-life) old: decay 0.5, EMAIL 0.3,
    // OUTBOUND 0.2. N = 0.5, two-way T = 0.1, depth D = 0.15.
    //   recency   = 0.5 × 0.2          = 0.1   × 30 = 3.00
    //   frequency = 0.5 / (0.5 + 4)    = 0.111 × 30 = 3.33
    //   two-way   = 0.1 / (0.5 + 1)    = 0.067 × 20 = 1.33
    //   depth     = 0.15 / (0.5 + 1)   = 0.1   × 20 = 2.00   → 9.67, shown 9.7
    expect(await strength()).toEqual([
      {
        teamMember: { id: 'tm-ks' },
        strength: {
          score: 9.7,
          interactionCount: 1,
          components: [
            { name: 'RECENCY', value: 0.1, points: 3 },
            { name: 'FREQUENCY', value: 0.111, points: 3.33 },
            { name: 'TWO_WAY', value: 0.067, points: 1.33 },
            { name: 'DEPTH', value: 0.1, points: 2 },
          ],
        },
      },
    ]);

    const recorded = await mutate(app, tenant, RECORD_INTERACTION, {
      accountId: 'acc-ks',
      type: 'MEETING',
      direction: 'MUTUAL',
      occurredAt: NOW.toISOString(),
      durationMinutes: 60,
      teamMemberIds: ['tm-ks'],
      stakeholderIds: ['p-ks-user'],
    });
    expect(recorded.errors).toBeUndefined();

    // After: plus a MUTUAL meeting right now (decay 1, MEETING 0.9, MUTUAL 1): N = 1.5,
    // T = 0.1 + 1 = 1.1, D = 0.15 + 0.9 = 1.05.
    //   recency   = max(0.1, 1)        = 1     × 30 = 30.00
    //   frequency = 1.5 / 5.5          = 0.273 × 30 =  8.18
    //   two-way   = 1.1 / 2.5          = 0.44  × 20 =  8.80
    //   depth     = 1.05 / 2.5         = 0.42  × 20 =  8.40   → 55.38, shown 55.4
    expect(await strength()).toEqual([
      {
        teamMember: { id: 'tm-ks' },
        strength: {
          score: 55.4,
          interactionCount: 2,
          components: [
            { name: 'RECENCY', value: 1, points: 30 },
            { name: 'FREQUENCY', value: 0.273, points: 8.18 },
            { name: 'TWO_WAY', value: 0.44, points: 8.8 },
            { name: 'DEPTH', value: 0.42, points: 8.4 },
          ],
        },
      },
    ]);
  });

  it('assigning an ECONOMIC_BUYER changes the threading-risk role coverage', async () => {
    const coverage = () =>
      read<{
        threadingRisk: {
          components: { name: string; value: number }[];
          roleCoverage: { role: string; state: string; holders: { stakeholder: { id: string } }[] }[];
        };
      }>(
        `{ threadingRisk(accountId: "acc-ks") {
             components { name value }
             roleCoverage { role state holders { stakeholder { id } } }
           } }`,
      ).then(({ threadingRisk }) => ({
        component: threadingRisk.components.find((c) => c.name === 'ROLE_COVERAGE')?.value,
        roles: Object.fromEntries(
          threadingRisk.roleCoverage.map((r) => [r.role, [r.state, r.holders.map((h) => h.stakeholder.id)]]),
        ),
      }));

    // Before: the champion has no contact with us (NOT_ENGAGED, risk 0.5); nobody holds the
    // other three key roles (MISSING, 1 each): (0.5 + 1 + 1 + 1) / 4 = 0.875.
    expect(await coverage()).toEqual({
      component: 0.875,
      roles: {
        CHAMPION: ['NOT_ENGAGED', ['p-ks-champ']],
        ECONOMIC_BUYER: ['MISSING', []],
        EXECUTIVE_SPONSOR: ['MISSING', []],
        DECISION_MAKER: ['MISSING', []],
      },
    });

    const assigned = await mutate(app, tenant, ASSIGN_ROLE, {
      stakeholderId: 'p-ks-cfo',
      accountId: 'acc-ks',
      role: 'ECONOMIC_BUYER',
      since: '2026-11-22',
    });
    expect(assigned.errors).toBeUndefined();

    // After: the CFO is engaged — a MUTUAL meeting 30 days ago and an INBOUND call 10 days ago
    // give strength 58.8 ≥ 50 with two-way contact inside 90 days — so the role is ENGAGED (risk 0):
    // (0.5 + 0 + 1 + 1) / 4 = 0.625.
    expect(await coverage()).toEqual({
      component: 0.625,
      roles: {
        CHAMPION: ['NOT_ENGAGED', ['p-ks-champ']],
        ECONOMIC_BUYER: ['ENGAGED', ['p-ks-cfo']],
        EXECUTIVE_SPONSOR: ['MISSING', []],
        DECISION_MAKER: ['MISSING', []],
      },
    });
  });

  it('a usage snapshot at 95% raises a seat-capacity signal, and health reads it', async () => {
    const capacity = () =>
      read<{ expansionSignals: { signals: { kind: string; capacity: Record<string, unknown> | null }[] } }>(
        `{ expansionSignals(accountId: "acc-ks") { signals { kind capacity {
             licensedSeats activeSeats utilisation threshold growthPerMonth projectedFullAt raiseConversationBy
             snapshots { date activeSeats } } } } }`,
      ).then((d) => d.expansionSignals.signals.filter((s) => s.kind === 'SEAT_CAPACITY'));

    // Before: the latest reading is 75 of 100 seats, under the 80% threshold: no signal.
    expect(await capacity()).toEqual([]);
    const usageHealth = () =>
      read<{ accountHealth: { components: { name: string; rawScore: number | null; inputs: unknown[] }[] } }>(
        '{ accountHealth(accountId: "acc-ks") { components { name rawScore inputs { name value score } } } }',
      ).then((d) => d.accountHealth.components.find((c) => c.name === 'USAGE'));
    // Health's usage, same reading: utilisation 0.75 / 0.8 (healthy) = 0.9375; no reading 180
    // days before the latest, so no trend (its weight goes to utilisation): 93.75. The reading
    // is 52 days old (2026-10-01 → 2026-11-22).
    expect(await usageHealth()).toEqual({
      name: 'USAGE',
      rawScore: 93.75,
      inputs: [
        { name: 'utilisation', value: 0.75, score: 0.9375 },
        { name: 'trend', value: null, score: null },
        { name: 'latestReadingAgeDays', value: 52, score: null },
      ],
    });

    const recorded = await mutate(app, tenant, RECORD_USAGE, {
      subscriptionId: 'sub-ks-core',
      date: '2026-11-22',
      licensedSeats: 100,
      activeSeats: 95,
    });
    expect(recorded.errors).toBeUndefined();

    // After: 95 / 100 = 0.95 ≥ 0.8. Least squares through (day 0, 70), (30, 75), (82, 95):
    // mean x = 112/3, mean y = 80; Sxx = 3442.667, Sxy = 1080 → 0.31371 seats a day, × 30.4375
    // = 9.5 a month. 5 seats left / 0.31371 = 15.9 → 16 days → 2026-12-08; the conversation is
    // due 60 days earlier, 2026-10-09 (already past: raise it now).
    expect(await capacity()).toEqual([
      {
        kind: 'SEAT_CAPACITY',
        capacity: {
          licensedSeats: 100,
          activeSeats: 95,
          utilisation: 0.95,
          threshold: 0.8,
          growthPerMonth: 9.5,
          projectedFullAt: '2026-12-08',
          raiseConversationBy: '2026-10-09',
          snapshots: [
            { date: '2026-09-01', activeSeats: 70 },
            { date: '2026-10-01', activeSeats: 75 },
            { date: '2026-11-22', activeSeats: 95 },
          ],
        },
      },
    ]);
    // And health's usage: min(1, 0.95 / 0.8) = 1 → 100, read today.
    expect(await usageHealth()).toEqual({
      name: 'USAGE',
      rawScore: 100,
      inputs: [
        { name: 'utilisation', value: 0.95, score: 1 },
        { name: 'trend', value: null, score: null },
        { name: 'latestReadingAgeDays', value: 0, score: null },
      ],
    });
  });

  it('a recorded objective is in what its owner’s departure would cost', async () => {
    const objectives = () =>
      read<{ departureImpact: { objectives: { title: string; dueDate: string | null }[] } }>(
        '{ departureImpact(stakeholderId: "p-ks-cfo") { objectives { title dueDate } } }',
      ).then((d) => d.departureImpact.objectives);
    expect(await objectives()).toEqual([]);

    const recorded = await mutate(app, tenant, RECORD_OBJECTIVE, {
      accountId: 'acc-ks',
      title: 'Cut month-end close to 4 days',
      metric: 'days to close',
      targetValue: 4,
      dueDate: '2027-06-30',
      ownerStakeholderId: 'p-ks-cfo',
      status: 'ACTIVE',
    });
    expect(recorded.errors).toBeUndefined();
    expect(await objectives()).toEqual([{ title: 'Cut month-end close to 4 days', dueDate: '2027-06-30' }]);
  });

  /** KEY_STAKEHOLDER_DEPARTED indicators about one person. */
  const departuresOf = (personId: string) =>
    read<{
      churnIndicators: {
        indicators: { kind: string; began: string; departure: { personId: string } | null }[];
      };
    }>(
      `{ churnIndicators(accountId: "acc-ks") { indicators { kind began
           departure { role personId since until currentHolders { personId since } } } } }`,
    ).then((d) =>
      d.churnIndicators.indicators.filter(
        (i) => i.kind === 'KEY_STAKEHOLDER_DEPARTED' && i.departure?.personId === personId,
      ),
    );

  it('ending the CHAMPION role of a person who has left shows in churn indicators', async () => {
    // Fran left on 2026-11-01 but her role was never ended: no champion has been lost yet.
    expect(await departuresOf('p-ks-former')).toEqual([]);
    const ended = await mutate(app, tenant, END_ROLE, {
      stakeholderId: 'p-ks-former',
      accountId: 'acc-ks',
      role: 'CHAMPION',
      until: '2026-11-01',
    });
    expect(ended.errors).toBeUndefined();
    // Began the day she left (21 days before asOf, inside the 180-day lookback); Chris still
    // holds the role.
    expect(await departuresOf('p-ks-former')).toEqual([
      {
        kind: 'KEY_STAKEHOLDER_DEPARTED',
        began: '2026-11-01',
        departure: {
          role: 'CHAMPION',
          personId: 'p-ks-former',
          since: '2023-01-01',
          until: '2026-11-01',
          currentHolders: [{ personId: 'p-ks-champ', since: '2025-01-01' }],
        },
      },
    ]);
  });

  it('a champion’s departure shows in churn indicators, and a new champion in who holds the role', async () => {
    const departures = () => departuresOf('p-ks-champ');
    expect(await departures()).toEqual([]);

    // The departure itself is issue 4's mutation (it ends every open role of the person in the
    // same write); the new champion is assigned with ours.
    const departed = await gql(
      app,
      `mutation { markStakeholderDeparted(input: { stakeholderId: "p-ks-champ", departedAt: "2026-11-15" }) {
         endedRoles { role until } } }`,
      {},
      tokenFor(tenant, 'EDITOR'),
    );
    expect(departed.errors).toBeUndefined();
    const vacant = {
      kind: 'KEY_STAKEHOLDER_DEPARTED',
      began: '2026-11-15',
      departure: { role: 'CHAMPION', personId: 'p-ks-champ', since: '2025-01-01', until: '2026-11-15' },
    };
    expect(await departures()).toEqual([
      { ...vacant, departure: { ...vacant.departure, currentHolders: [] } },
    ]);

    const assigned = await mutate(app, tenant, ASSIGN_ROLE, {
      stakeholderId: 'p-ks-user',
      accountId: 'acc-ks',
      role: 'CHAMPION',
      since: '2026-11-16',
    });
    expect(assigned.errors).toBeUndefined();
    expect(await departures()).toEqual([
      {
        ...vacant,
        departure: { ...vacant.departure, currentHolders: [{ personId: 'p-ks-user', since: '2026-11-16' }] },
      },
    ]);
  });
  it('naming an EXECUTIVE_SPONSOR redirects the rescue play’s executive thread to them', async () => {
    // After Chris left (above), the rescue play opens a new executive thread with someone in the
    // top two levels, preferring a sponsor, then a buyer, then a decision maker: Felix (the
    // economic buyer since the test above) until Cora is named sponsor.
    const executiveThread = () =>
      read<{
        plays: {
          plays: { kind: string; steps: { key: string; title: string; people: { personId: string }[] }[] }[];
        };
      }>('{ plays(accountId: "acc-ks") { plays { kind steps { key title people { personId } } } } }').then(
        (d) =>
          d.plays.plays
            .find((p) => p.kind === 'RESCUE')
            ?.steps.find((step) => step.key === 'CHAMPION_EXECUTIVE_THREAD'),
      );
    expect(await executiveThread()).toEqual({
      key: 'CHAMPION_EXECUTIVE_THREAD',
      title: 'New thread at executive level: Felix Funds',
      people: [{ personId: 'p-ks-cfo' }],
    });
    const assigned = await mutate(app, tenant, ASSIGN_ROLE, {
      stakeholderId: 'p-ks-ceo',
      accountId: 'acc-ks',
      role: 'EXECUTIVE_SPONSOR',
      since: '2026-11-20',
    });
    expect(assigned.errors).toBeUndefined();
    expect(await executiveThread()).toEqual({
      key: 'CHAMPION_EXECUTIVE_THREAD',
      title: 'New thread at executive level: Cora Chief',
      people: [{ personId: 'p-ks-ceo' }],
    });
  });
});
