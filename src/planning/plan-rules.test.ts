import { DEFAULT_PLAN_CONFIG } from '../config/analytics/plan';
import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import type { ObjectiveFact } from '../domain/plan-facts';
import type { AccountHealth } from '../scoring/health-score';
import type { TeamCover } from '../scoring/play-steps';
import type { ThreadingRisk } from '../scoring/threading-risk';
import { escapeCell, table } from './markdown';
import { mutualActionPlan } from './mutual-action-plan';
import { customerVision, planObjectives } from './objectives';
import { resourceAllocation } from './resource-allocation';
import { successMetrics } from './success-metrics';

const AS_OF = '2026-11-15';
const fallbacks = DEFAULT_PLAYS_CONFIG.ownerFallbacks;
const team: TeamCover[] = [
  { teamMemberId: 'tm-ae', name: 'Avery', role: 'ACCOUNT_OWNER' },
  { teamMemberId: 'tm-csm', name: 'Casey', role: 'CSM' },
];

const objective = (
  id: string,
  status: ObjectiveFact['status'],
  dueDate: string | null,
  ownerId: string | null,
) => ({
  id,
  title: `Objective ${id}`,
  metric: id === 'o1' ? 'Days to close' : null,
  targetValue: id === 'o1' ? 5 : null,
  dueDate,
  status,
  owner:
    ownerId === null
      ? null
      : {
          id: ownerId,
          name: `Person ${ownerId}`,
          title: null,
          seniority: null,
          status: ownerId === 'gone' ? ('DEPARTED' as const) : ('ACTIVE' as const),
          department: 'Finance',
          businessUnitId: null,
          businessUnitName: null,
        },
});

describe('customer objectives and vision', () => {
  const planned = planObjectives(
    [
      objective('o1', 'ACTIVE', '2026-12-20', 'vic'),
      objective('o2', 'ACTIVE', '2026-10-01', 'gone'),
      objective('o3', 'ACHIEVED', '2026-09-01', 'vic'),
      objective('o4', 'PROPOSED', null, null),
      objective('o5', 'ACTIVE', '2028-01-01', 'ann'),
    ],
    AS_OF,
    new Set(['vic']),
  );

  it('dates each objective from the plan’s day and says whether we engage its owner', () => {
    // 11-15 → 12-20 is 35 days; 10-01 is 45 days past (overdue); o3 is achieved, so not overdue.
    expect(planned.map((o) => [o.id, o.daysToDue, o.overdue, o.ownerEngaged])).toEqual([
      ['o1', 35, false, true],
      ['o2', -45, true, null],
      ['o3', -75, false, true],
      ['o4', null, false, null],
      ['o5', 412, false, false],
    ]);
  });

  it('states the vision from the open objectives still ahead, within the horizon, in their words', () => {
    const vision = customerVision('Acme', planned, 365);
    // o2 is overdue (the action plan takes it), o3 achieved, o5 beyond 365 days.
    expect(vision.statement).toBe(
      'Acme aims to objective o1 (Finance, by 2026-12-20); objective o4 (no date set).',
    );
    expect(vision.themes).toEqual([
      { unit: 'Finance', objectiveIds: ['o1'], titles: ['Objective o1'] },
      { unit: null, objectiveIds: ['o4'], titles: ['Objective o4'] },
    ]);
    expect(customerVision('Acme', [], 365)).toEqual({ statement: null, themes: [] });
  });

  it('builds the mutual action plan from the calendar, opportunities and objectives, soonest first, within the horizon', () => {
    const buyer = { personId: 'vic', name: 'Vic', title: 'CFO', why: 'ECONOMIC_BUYER' };
    const calendarItem = (id: string, source: 'PLAY_STEP' | 'QBR' | 'RENEWAL', date: string) => ({
      id,
      source,
      date,
      title: id,
      detail: `Why ${id}`,
      owner: { ...(source === 'RENEWAL' ? team[0]! : team[1]!), standsInFor: null },
      people: source === 'PLAY_STEP' ? [] : [buyer],
    });
    const items = mutualActionPlan(
      {
        asOf: AS_OF,
        calendar: [
          calendarItem('renewal-review', 'RENEWAL', '2026-11-16'),
          calendarItem('confirm-value', 'PLAY_STEP', '2026-11-22'),
          calendarItem('qbr-late', 'QBR', '2027-03-01'),
        ],
        objectives: planned,
        opportunities: [
          {
            id: 'opp-1',
            expansionType: 'SEAT_EXPANSION',
            title: 'Capacity conversation',
            date: '2027-01-05',
            why: 'Ceiling in 60 days',
            people: [buyer],
          },
        ],
        team,
      },
      DEFAULT_PLAN_CONFIG,
      fallbacks,
    );
    // Horizon: 90 days → 2027-02-13: the QBR on 03-01 and o5 (2028) are beyond it; o2 is overdue,
    // so dated today, with nobody on their side (its owner left). SEAT_EXPANSION's Responsible is
    // the CSM.
    expect(
      items.map((i) => [
        i.date,
        i.source,
        i.sourceId,
        i.ourOwner?.teamMemberId ?? null,
        i.customerLed,
        i.overdue,
      ]),
    ).toEqual([
      ['2026-11-15', 'OBJECTIVE', 'o2', 'tm-csm', true, true],
      ['2026-11-16', 'RENEWAL', 'renewal-review', 'tm-ae', false, false],
      ['2026-11-22', 'PLAY_STEP', 'confirm-value', 'tm-csm', false, false],
      ['2026-12-20', 'OBJECTIVE', 'o1', 'tm-csm', true, false],
      ['2027-01-05', 'OPPORTUNITY', 'opp-1', 'tm-csm', false, false],
    ]);
    expect(items[0]!.customerOwners).toEqual([]);
    expect(items[3]!.detail).toBe('Measured by Days to close, target 5.');
  });
});

describe('resource allocation', () => {
  it('resolves the RACI of each expansion type to the people covering the account, with fallbacks', () => {
    const allocation = resourceAllocation(
      {
        team,
        opportunities: [
          { id: 'opp-1', expansionType: 'SEAT_EXPANSION', size: 30_000 },
          { id: 'opp-2', expansionType: 'SEAT_EXPANSION', size: null },
          { id: 'opp-3', expansionType: 'CROSS_SELL', size: 12_000 },
        ],
        playStepOwners: ['tm-csm', 'tm-csm', 'tm-ae'],
        touchpointOwners: ['tm-ae'],
      },
      DEFAULT_PLAN_CONFIG,
      fallbacks,
    );
    const seat = allocation.raci.find((r) => r.expansionType === 'SEAT_EXPANSION')!;
    // SEAT_EXPANSION: R CSM, A ACCOUNT_OWNER, C SOLUTIONS_ENGINEER (not covered → CSM stands in),
    // I EXECUTIVE_SPONSOR (not covered → the account owner stands in).
    expect(seat.responsible.teamMember?.teamMemberId).toBe('tm-csm');
    expect(seat.accountable.teamMember?.teamMemberId).toBe('tm-ae');
    expect(
      seat.consulted.map((c) => [c.role, c.teamMember?.teamMemberId, c.teamMember?.standsInFor]),
    ).toEqual([['SOLUTIONS_ENGINEER', 'tm-csm', 'SOLUTIONS_ENGINEER']]);
    expect(seat.informed.map((c) => [c.role, c.teamMember?.teamMemberId])).toEqual([
      ['EXECUTIVE_SPONSOR', 'tm-ae'],
    ]);
    expect([seat.opportunityIds, seat.pipelineValue]).toEqual([['opp-1', 'opp-2'], 30_000]);
    expect(
      allocation.team.map((t) => [t.teamMember.teamMemberId, t.leads, t.playSteps, t.touchpoints]),
    ).toEqual([
      ['tm-ae', ['SEAT_EXPANSION', 'CROSS_SELL'], 1, 1],
      ['tm-csm', ['SEAT_EXPANSION'], 2, 0],
    ]);
    expect(allocation.gaps).toEqual([]);
    // With nobody on the account, every letter is a gap, once per type and letter.
    const empty = resourceAllocation(
      { team: [], opportunities: [], playStepOwners: [], touchpointOwners: [] },
      DEFAULT_PLAN_CONFIG,
      fallbacks,
    );
    expect(empty.gaps).toContain('SEAT_EXPANSION: nobody covers the account as CSM (responsible)');
  });
});

describe('success metrics', () => {
  const health = {
    score: 72,
    band: 'YELLOW',
    bands: { greenFrom: 80, yellowFrom: 50 },
    missingInputs: [],
  } as unknown as AccountHealth;
  const threading = {
    engaged: [{ personId: 'a' }, { personId: 'b' }],
    concentration: { topShare: 0.55 },
    criticalPeople: [{ personId: 'a', cutsOffIds: ['x', 'y'] }],
  } as unknown as ThreadingRisk;

  it('judges retention, health, threading and adoption against their targets', () => {
    const metrics = successMetrics(
      {
        asOf: AS_OF,
        health,
        threading,
        // 100,000 a year ago; +20,000 expansion, −5,000 contraction, −10,000 churn.
        trailingYear: {
          accountId: 'a',
          accountName: 'Acme',
          segment: null,
          startingArr: 100_000,
          endingArr: 105_000,
          movement: 'EXPANSION',
          expansion: 20_000,
          contraction: 5_000,
          churn: 10_000,
          newArr: 0,
          evidence: [],
          dataGaps: [],
        },
        success: {
          successful: true,
          utilisation: 0.72,
          minUtilisation: 0.6,
          readings: [],
          blockingTickets: [],
          reasons: [],
        },
      },
      DEFAULT_PLAN_CONFIG,
    );
    // NRR (100 + 20 − 5 − 10) / 100 = 1.05 < 1.1; GRR (100 − 5 − 10) / 100 = .85 < .95;
    // health 72 < 80; engaged 2 < 6; top share .55 > .4; one critical person > 0; utilisation .72 ≥ .6.
    expect(metrics.map((m) => [m.key, m.current, m.target, m.status])).toEqual([
      ['NET_REVENUE_RETENTION', 1.05, 1.1, 'NOT_MET'],
      ['GROSS_REVENUE_RETENTION', 0.85, 0.95, 'NOT_MET'],
      ['HEALTH_SCORE', 72, 80, 'NOT_MET'],
      ['ENGAGED_PEOPLE', 2, 6, 'NOT_MET'],
      ['TOP_CONTACT_SHARE', 0.55, 0.4, 'NOT_MET'],
      ['CRITICAL_PEOPLE', 1, 0, 'NOT_MET'],
      ['SEAT_UTILISATION', 0.72, 0.6, 'MET'],
    ]);
    expect(new Set(metrics.map((m) => m.dueDate))).toEqual(new Set(['2027-02-13']));
  });

  it('says UNKNOWN, and why, when there is nothing to measure', () => {
    const metrics = successMetrics(
      {
        asOf: AS_OF,
        health,
        threading,
        trailingYear: null,
        success: {
          successful: false,
          utilisation: null,
          minUtilisation: 0.6,
          readings: [],
          blockingTickets: [],
          reasons: [],
        },
      },
      DEFAULT_PLAN_CONFIG,
    );
    const unknown = metrics.filter((m) => m.status === 'UNKNOWN');
    expect(unknown.map((m) => [m.key, m.explanation])).toEqual([
      [
        'NET_REVENUE_RETENTION',
        'No ARR a year ago: retention is measured on revenue that existed at the start',
      ],
      [
        'GROSS_REVENUE_RETENTION',
        'No ARR a year ago: retention is measured on revenue that existed at the start',
      ],
      ['SEAT_UTILISATION', 'No usage reading of any owned product'],
    ]);
  });
});

describe('markdown', () => {
  it('escapes what would break a table', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b c');
    expect(table(['x'], [['1|2']])).toBe('| x |\n| --- |\n| 1\\|2 |');
    expect(table(['x'], [])).toBe('');
  });
});
