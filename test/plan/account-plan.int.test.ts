import type { RunningApp } from '../../src/app';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { healthClock, healthPortfolio } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/**
 * The strategic account plan and the executive briefing on the hand-built health portfolio
 * (test/support/health-fixtures.ts), judged on 2026-11-15, with the customer objectives below.
 */
function planPortfolio(): PortfolioRecords {
  const r = healthPortfolio();
  const objective = (
    id: string,
    title: string,
    dueDate: string | null,
    status: PortfolioRecords['objectives'][number]['status'],
    ownerPersonId: string | null,
    metric: string | null = null,
    targetValue: number | null = null,
  ) =>
    r.objectives.push({
      id,
      accountId: 'acc-green',
      ownerPersonId,
      title,
      metric,
      targetValue,
      dueDate,
      status,
    });
  objective('obj-close', 'Close the books in 5 days', '2026-12-20', 'ACTIVE', 'p-vic', 'Days to close', 5);
  objective('obj-onboard', 'Halve onboarding time', '2026-10-01', 'ACTIVE', 'p-cleo');
  objective('obj-rollout', 'Roll out to every region', '2026-09-01', 'ACHIEVED', 'p-gwen', 'Regions live', 4);
  objective('obj-berlin', 'Open a Berlin office', '2027-08-01', 'PROPOSED', null);
  return r;
}

interface Plan {
  accountId: string;
  asOf: string;
  account: { name: string };
  objectives: { id: string; daysToDue: number | null; overdue: boolean; ownerEngaged: boolean | null }[];
  vision: { statement: string | null };
  growthStrategy: {
    motion: string;
    headline: string;
    expansionAllowed: boolean;
    blockers: { code: string }[];
  };
  successMetrics: { key: string; current: number | null; target: number; status: string }[];
  mutualActionPlan: {
    date: string;
    source: string;
    sourceId: string;
    ourOwner: { teamMemberId: string } | null;
  }[];
  resourceAllocation: {
    raci: { expansionType: string; responsible: { teamMember: { teamMemberId: string } | null } }[];
  };
  keyPeople: { personId: string; roles: string[]; engaged: boolean }[];
  gaps: string[];
  markdown: string;
}

const PLAN = `query($id: ID!, $asOf: LocalDate) { accountPlan(accountId: $id, asOf: $asOf) {
  accountId asOf account { name }
  objectives { id daysToDue overdue ownerEngaged }
  vision { statement }
  growthStrategy { motion headline expansionAllowed blockers { code } }
  successMetrics { key current target status }
  mutualActionPlan { date source sourceId ourOwner { teamMemberId } }
  resourceAllocation { raci { expansionType responsible { teamMember { teamMemberId } } } }
  keyPeople { personId roles engaged }
  gaps markdown } }`;

const BRIEFING = `query($id: ID!, $from: LocalDate, $to: LocalDate) { executiveBriefing(accountId: $id, from: $from, to: $to) {
  value { from to previousFrom notMeasured metrics { key before after change summary evidence { kind id } } }
  plan { accountId }
  markdown } }`;

describe('the strategic account plan and the executive briefing through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('plan');
  const token = tokenFor(tenant);
  const plan = async (id: string): Promise<Plan> => {
    const result = await gql<{ accountPlan: Plan }>(app, PLAN, { id }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.accountPlan;
  };

  beforeAll(async () => {
    app = await startTestApp({}, healthClock);
    await seedTenant(app.db, tenant, planPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  it("states the customer's objectives and vision in their words, dated from the plan's day", async () => {
    const p = await plan('acc-green');
    expect(p.asOf).toBe('2026-11-15');
    // Ordered by due date. 11-15 → 12-20: 35 days; 10-01: 45 days past and still ACTIVE (overdue);
    // the achieved rollout is not overdue; Berlin has no owner. Vic and Cleo are engaged (four
    // mutual meetings each, two hours before the clock).
    expect(p.objectives.map((o) => [o.id, o.daysToDue, o.overdue, o.ownerEngaged])).toEqual([
      ['obj-rollout', -75, false, true],
      ['obj-onboard', -45, true, true],
      ['obj-close', 35, false, true],
      ['obj-berlin', 259, false, null],
    ]);
    expect(p.vision.statement).toBe(
      'Greenleaf Software aims to close the books in 5 days (Finance, by 2026-12-20); open a Berlin office (by 2027-08-01).',
    );
  });

  it('follows the health gate: expansion for a green account, rescue for a red one, never expansion there', async () => {
    const green = await plan('acc-green');
    expect([green.growthStrategy.motion, green.growthStrategy.expansionAllowed]).toEqual(['EXPANSION', true]);
    const red = await plan('acc-red');
    expect(red.growthStrategy.motion).toBe('RESCUE');
    expect(red.growthStrategy.headline).toBe(
      'Rescue: RED (health 20). Never an expansion play on a red account; stabilise first, then grow.',
    );
    expect(red.growthStrategy.blockers.map((b) => b.code)).toEqual([
      'HEALTH_BAND',
      'LOW_UTILISATION',
      'OPEN_BLOCKING_TICKET',
      'SENTIMENT_FRUSTRATED',
      'SENTIMENT_FRUSTRATED',
      'SENTIMENT_FRUSTRATED',
      'SENTIMENT_FRUSTRATED',
    ]);
    // A year ago Redwood held core 120,000 and the add-on 30,000 (cancelled 2026-05-01); now the
    // core alone: NRR = GRR = 120 / 150 = .8. Nobody has ever talked with us: 0 engaged people and
    // no contact to share out.
    expect(red.successMetrics.map((m) => [m.key, m.current, m.status])).toEqual([
      ['NET_REVENUE_RETENTION', 0.8, 'NOT_MET'],
      ['GROSS_REVENUE_RETENTION', 0.8, 'NOT_MET'],
      ['HEALTH_SCORE', 20, 'NOT_MET'],
      ['ENGAGED_PEOPLE', 0, 'NOT_MET'],
      ['TOP_CONTACT_SHARE', null, 'UNKNOWN'],
      ['CRITICAL_PEOPLE', 0, 'MET'],
      ['SEAT_UTILISATION', 0.3, 'NOT_MET'],
    ]);
    expect(red.gaps).toContain(
      'No customer objective is recorded: ask where their business is going in the next 12 months (recordObjective)',
    );
  });

  it('puts the champion-departure rescue first when a champion just left', async () => {
    const p = await plan('acc-cobalt');
    expect(p.growthStrategy.motion).toBe('RESCUE');
    expect(p.growthStrategy.headline).toMatch(/^Rescue the relationship first: Champion Cleo Cobb/);
    expect(p.growthStrategy.expansionAllowed).toBe(false);
    // The seed's sequence, from the engagement calendar: week 1 (due 11-22, a Sunday, so Friday
    // 11-20) map the remaining contacts (our own work), meet the manager Mona and reach the former
    // champion; weeks 2–4 (12-06 → Friday 12-04) an executive and a peer thread, the value review
    // (12-13 → 12-11). No QBR on record: the first is planned 14 days in (11-29, a Sunday →
    // Monday 11-30).
    expect(p.mutualActionPlan.map((i) => [i.date, i.source, i.sourceId, i.ourOwner?.teamMemberId])).toEqual([
      ['2026-11-20', 'PLAY_STEP', 'acc-cobalt:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_MAP_CONTACTS', 'tm-csm'],
      ['2026-11-20', 'PLAY_STEP', 'acc-cobalt:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_MEET_MANAGER', 'tm-ae'],
      ['2026-11-20', 'PLAY_STEP', 'acc-cobalt:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_REACH_FORMER', 'tm-ae'],
      ['2026-11-30', 'QBR', 'acc-cobalt:qbr:1', 'tm-ae'],
      [
        '2026-12-04',
        'PLAY_STEP',
        'acc-cobalt:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_EXECUTIVE_THREAD',
        'tm-exec',
      ],
      ['2026-12-04', 'PLAY_STEP', 'acc-cobalt:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_PEER_THREAD', 'tm-csm'],
      ['2026-12-11', 'PLAY_STEP', 'acc-cobalt:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_VALUE_REVIEW', 'tm-csm'],
    ]);
  });

  it('allocates each expansion type to the people covering the account (RACI)', async () => {
    const p = await plan('acc-red');
    // tm-ae and tm-csm cover acc-red; SEAT_EXPANSION is the CSM's to ask, TIER_UPGRADE the
    // solutions engineer's, whom nobody covers: the CSM stands in (plays.ownerFallbacks).
    expect(
      p.resourceAllocation.raci.map((r) => [r.expansionType, r.responsible.teamMember?.teamMemberId]),
    ).toEqual([
      ['SEAT_EXPANSION', 'tm-csm'],
      ['CROSS_SELL', 'tm-ae'],
      ['NEW_UNIT', 'tm-ae'],
      ['TIER_UPGRADE', 'tm-csm'],
    ]);
  });

  it('renders the plan as Markdown, section by section', async () => {
    const p = await plan('acc-green');
    const headings = p.markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Strategic account plan: Greenleaf Software',
      '## 1. Customer objectives and vision',
      '## 2. Account health',
      '## 3. Stakeholder map',
      '## 4. Expansion opportunities',
      '## 5. Growth strategy',
      '## 6. Resource allocation',
      '## 7. Success metrics',
      '## 8. Mutual action plan',
      '## 9. Engagement calendar',
    ]);
    expect(p.markdown).toContain(
      '| Close the books in 5 days | Days to close: 5 | 2026-12-20 | ACTIVE | Vic Vance (engaged) |',
    );
  });

  it('opens the executive briefing with the value delivered in numbers, each with its evidence', async () => {
    const result = await gql<{
      executiveBriefing: {
        value: {
          from: string;
          previousFrom: string;
          metrics: {
            key: string;
            before: number | null;
            after: number | null;
            summary: string;
            evidence: { id: string }[];
          }[];
        };
        plan: { accountId: string };
        markdown: string;
      };
    }>(app, BRIEFING, { id: 'acc-green', from: '2026-05-01', to: '2026-11-15' }, token);
    expect(result.errors).toBeUndefined();
    const b = result.data!.executiveBriefing;
    // 198 days reviewed; the previous period is the 198 days before 05-01.
    expect([b.value.from, b.value.previousFrom]).toEqual(['2026-05-01', '2025-10-15']);
    const metric = (key: string) => b.value.metrics.find((m) => m.key === key)!;
    expect(b.value.metrics[0]!.key).toBe('OBJECTIVES_ACHIEVED');
    // The rollout, achieved and due 2026-09-01, in the period.
    expect(metric('OBJECTIVES_ACHIEVED').summary).toBe(
      "1 of the customer's objectives achieved: Roll out to every region (Regions live: 4)",
    );
    // Core: 60 → 90 active seats of 100.
    expect([metric('ACTIVE_SEATS').before, metric('ACTIVE_SEATS').after]).toEqual([60, 90]);
    expect(metric('ACTIVE_SEATS').evidence.map((e) => e.id)).toEqual([
      'use-sub-acc-green-2026-05-01',
      'use-sub-acc-green-2026-11-01',
    ]);
    // The LOW ticket opened 10-01 09:00 and closed 12:00: .125 days, shown to a tenth.
    expect(metric('TICKETS_RESOLVED').summary).toBe(
      '1 tickets resolved (previous period 0), median 0.1 days from opening to resolution',
    );
    expect([metric('NPS').before, metric('NPS').after]).toEqual([null, 9]);
    // 5 people × 4 mutual meetings; Gwen (CEO) and Vic (CFO) are the executives.
    expect(metric('ENGAGEMENT').summary).toBe(
      '20 interactions (20 two-way; previous period 0) with 5 people, 2 executives: Gwen Gale (CEO), Vic Vance (CFO)',
    );
    expect(b.plan.accountId).toBe('acc-green');
    const headings = b.markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 2)).toEqual(['# Executive briefing: Greenleaf Software', '## Value delivered']);
  });

  it('reflects a recorded objective at once', async () => {
    const editor = tokenFor(tenant, 'EDITOR');
    const recorded = await gql(
      app,
      `mutation { recordObjective(input: { accountId: "acc-red", title: "Cut stock-outs by 20%", dueDate: "2027-01-31", status: ACTIVE, ownerStakeholderId: "p-rita" }) { id } }`,
      {},
      editor,
    );
    expect(recorded.errors).toBeUndefined();
    const p = await plan('acc-red');
    expect(p.vision.statement).toBe(
      'Redwood Retail aims to cut stock-outs by 20% (Executive, by 2027-01-31).',
    );
    expect(p.gaps).not.toContain(
      'No customer objective is recorded: ask where their business is going in the next 12 months (recordObjective)',
    );
  });

  it('refuses a bad period and another tenant’s account', async () => {
    const bad = await gql(app, BRIEFING, { id: 'acc-green', from: '2026-11-15', to: '2026-11-01' }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const other = await gql(app, PLAN, { id: 'acc-green' }, tokenFor(testTenant('plan-other')));
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('serves the plan and the briefing as Markdown files, the same text as GraphQL', async () => {
    const base = app.url.replace(/\/graphql$/, '');
    const get = (path: string, bearer: string | null = token) =>
      fetch(`${base}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    const response = await get('/accounts/acc-green/account-plan.md?asOf=2026-11-15');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="acc-green-account-plan.md"');
    expect(await response.text()).toBe((await plan('acc-green')).markdown);
    const briefing = await get('/accounts/acc-green/executive-briefing.md?from=2026-05-01&to=2026-11-15');
    expect(briefing.status).toBe(200);
    expect((await briefing.text()).startsWith('# Executive briefing: Greenleaf Software\n')).toBe(true);
    // Errors: a bad date names its field; an unknown account is 404; no token is 401.
    const bad = await get('/accounts/acc-green/executive-briefing.md?from=2026-02-30');
    expect([bad.status, await bad.json()]).toEqual([
      400,
      {
        errors: [
          {
            message: "from must be a date written YYYY-MM-DD, not '2026-02-30'",
            extensions: { code: 'BAD_USER_INPUT', field: 'from' },
          },
        ],
        error: {
          code: 'BAD_USER_INPUT',
          message: "from must be a date written YYYY-MM-DD, not '2026-02-30'",
          field: 'from',
        },
      },
    ]);
    expect((await get('/accounts/acc-nowhere/account-plan.md')).status).toBe(404);
    expect((await get('/accounts/acc-green/account-plan.md', null)).status).toBe(401);
  });
});
