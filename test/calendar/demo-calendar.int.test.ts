import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

interface Node {
  id: string;
  date: string;
  kind: string;
  people: { personId: string; name: string; roles: string[] }[];
  owner: { name: string; role: string } | null;
  why: {
    overdueDays: number | null;
    notes: string[];
    renewal: { subscriptionIds: string[]; arr: number } | null;
  };
}
interface Calendar {
  from: string;
  to: string;
  touchpoints: { totalCount: number; edges: { node: Node }[] };
  threadsByLevel: { level: string; state: string }[];
  byKind: { kind: string; count: number }[];
}

const QUERY = `query($id: ID!) { engagementCalendar(accountId: $id) {
  from to
  touchpoints(first: 100) { totalCount edges { node {
    id date kind people { personId name roles } owner { name role }
    why { overdueDays notes renewal { subscriptionIds arr } } } } }
  threadsByLevel { level state }
  byKind { kind count } } }`;

/**
 * The demo portfolio (seed 42) generated for Sunday 2026-11-22 and planned at noon that day: the
 * window runs to 2027-02-20; dates falling on a weekend move to a working day (starts to the
 * Monday after, deadlines to the Friday before).
 */
describe('the engagement calendar on the demo data', () => {
  let app: RunningApp;
  const tenant = testTenant('calendar-demo');
  const read = async (id: string) => {
    const result = await gql<{ engagementCalendar: Calendar }>(app, QUERY, { id }, tokenFor(tenant));
    expect(result.errors).toBeUndefined();
    const calendar = result.data!.engagementCalendar;
    return { calendar, nodes: calendar.touchpoints.edges.map((e) => e.node) };
  };

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    await seedTenant(app.db, tenant, demoAccounts([1, 5]));
  }, 600_000);
  afterAll(() => app.stop());

  it('acc-0005 (the champion left): the rescue steps and new threads, and never the champion', async () => {
    const { calendar, nodes } = await read('acc-0005');
    expect([calendar.from, calendar.to]).toEqual(['2026-11-22', '2027-02-20']);
    // Rescue started on asOf: week 1 due + 7 = Sunday 11-29 → Friday 11-27; the threads + 21 = Sunday 12-13 →
    // Friday 12-11; the value review + 28 = Sunday 12-20 → Friday 12-18.
    const steps = nodes.filter((t) => t.kind === 'PLAY_STEP');
    expect(
      steps.map((t) => [t.date, t.id.split(':').slice(2).join(':'), t.people.map((p) => p.name)]),
    ).toEqual([
      [
        '2026-11-27',
        'RESCUE:CHAMPION_DEPARTED:CHAMPION_MAP_CONTACTS',
        // Most active first, the champion's own team kept (Ananya, also the successor, named once).
        ['Ananya Moreau', 'Daniel Dubois', 'Nora Patel'],
      ],
      ['2026-11-27', 'RESCUE:CHAMPION_DEPARTED:CHAMPION_MEET_MANAGER', ['Elijah Johnson']],
      ['2026-11-27', 'RESCUE:CHAMPION_DEPARTED:CHAMPION_REACH_FORMER', []],
      ['2026-12-11', 'RESCUE:CHAMPION_DEPARTED:CHAMPION_EXECUTIVE_THREAD', ['Aria Reyes']],
      ['2026-12-11', 'RESCUE:CHAMPION_DEPARTED:CHAMPION_PEER_THREAD', ['Daniel Dubois']],
      [
        '2026-12-18',
        'RESCUE:CHAMPION_DEPARTED:CHAMPION_VALUE_REVIEW',
        ['Daniel Dubois', 'Aria Reyes', 'Ananya Moreau'],
      ],
    ]);
    expect(steps.find((t) => t.id.endsWith('CHAMPION_REACH_FORMER'))!.why.notes).toEqual([
      'Sean Lopez left on 2026-11-04: departed people are never invited; reach them outside the account',
    ]);
    // Sean Lopez (per-0005-015) is on no touchpoint at all.
    expect(nodes.flatMap((t) => t.people.map((p) => p.personId))).not.toContain('per-0005-015');
    // Core and Analytics renew on 2027-03-20: − 120 = 2026-11-20, two days past (carried to Monday 11-23);
    // − 90 = Sunday 12-20 → Friday 12-18; − 60 = 2027-01-19; − 30 = 02-18. The value review has no champion.
    const renewals = nodes.filter((t) => t.kind === 'RENEWAL_MILESTONE');
    expect(renewals.map((t) => [t.date, t.why.overdueDays, t.why.renewal!.arr])).toEqual([
      ['2026-11-23', 2, 200304],
      ['2026-12-18', null, 200304],
      ['2027-01-19', null, 200304],
      ['2027-02-18', null, 200304],
    ]);
    expect(renewals[1]!.why.notes).toEqual(['Nobody holds Champion today']);
    // MID_MARKET: the last QBR (2026-10-02) + 182 days is 2027-04-02, after the window.
    expect(nodes.filter((t) => t.kind === 'QBR')).toEqual([]);
    expect(calendar.threadsByLevel.map((l) => [l.level, l.state])).toEqual([
      ['EXECUTIVE', 'ENGAGED'],
      ['MANAGEMENT', 'ENGAGED'],
      ['PRACTITIONER', 'ENGAGED'],
    ]);
  });

  it('acc-0001 (capacity): the enterprise QBR cadence, renewal lead times and the expansion steps', async () => {
    const { nodes } = await read('acc-0001');
    // ENTERPRISE: every 91 days from the QBR on 2026-10-22 → 2027-01-21; the next (04-22) is after the window.
    const qbrs = nodes.filter((t) => t.kind === 'QBR');
    expect(qbrs.map((t) => [t.date, t.owner?.name, t.people.map((p) => p.name)])).toEqual([
      ['2027-01-21', 'Marcus Bell', ['Lars Young', 'Joseph Berg', 'Harper Moore']],
    ]);
    // sub-0001-3 renews on 2027-02-26: − 120 = 2026-10-29 (24 days past, carried to Monday 11-23), − 90 = Saturday
    // 11-28 → Friday 11-27, − 60 = 12-28, − 30 = 2027-01-27. sub-0001-4 and -5 renew on 04-22: − 120 = 12-23,
    // − 90 = 2027-01-22, − 60 = 02-21 (after the window). sub-0001-1 and -2 renew on 06-24: − 120 = 02-24, after.
    expect(
      nodes
        .filter((t) => t.kind === 'RENEWAL_MILESTONE')
        .map((t) => [t.date, t.why.overdueDays, t.why.renewal!.subscriptionIds.join('+')]),
    ).toEqual([
      ['2026-11-23', 24, 'sub-0001-3'],
      ['2026-11-27', null, 'sub-0001-3'],
      ['2026-12-23', null, 'sub-0001-4+sub-0001-5'],
      ['2026-12-28', null, 'sub-0001-3'],
      ['2027-01-22', null, 'sub-0001-4+sub-0001-5'],
      ['2027-01-27', null, 'sub-0001-3'],
    ]);
    // The expansion play (92% of seats, GREEN): + 7 = Sunday 11-29 → 11-27; + 14 = Sunday 12-06 → 12-04;
    // + 21 = Sunday 12-13 → 12-11; + 30 = 12-22; + 45 = 2027-01-06.
    expect(nodes.filter((t) => t.kind === 'PLAY_STEP').map((t) => [t.date, t.id.split(':').at(-1)])).toEqual([
      ['2026-11-27', 'EXPANSION_CONFIRM_VALUE'],
      ['2026-12-04', 'EXPANSION_QUALIFY_SIGNAL'],
      ['2026-12-11', 'EXPANSION_BUSINESS_CASE'],
      ['2026-12-22', 'EXPANSION_EXECUTIVE_ALIGNMENT'],
      ['2027-01-06', 'EXPANSION_PROPOSE_OPTIONS'],
    ]);
    // Harper Moore, the champion, every 14 days from her last two-way contact (2026-11-13): 11-27 is taken by
    // the value-confirmation step and the renewal value review that day, 12-11 by the business case; then
    // 12-25 (Christmas Day: Monday 12-28) and 12-28 + 14 = 2027-01-11; 01-22 is overtaken by the QBR (01-21) and the Insights value review (01-22):
    // 01-22 + 14 = 02-05, then 02-19; 03-05 is after the window.
    expect(
      nodes
        .filter((t) => t.kind === 'CADENCE_CHECK_IN' && t.people.some((p) => p.roles.includes('CHAMPION')))
        .map((t) => [t.date, t.people[0]!.name]),
    ).toEqual([
      ['2026-12-28', 'Harper Moore'],
      ['2027-01-11', 'Harper Moore'],
      ['2027-02-05', 'Harper Moore'],
      ['2027-02-19', 'Harper Moore'],
    ]);
  });
});
