import { DEFAULT_THREADING_CONFIG } from '../config/analytics/threading';
import { buildNext } from './departure-build-next';
import { departureImpact, type DepartureSubject, type PeopleOnAccount } from './departure-impact';
import { threadingRisk, type ThreadingRisk } from './threading-risk';

// Defaults: reason weights SUCCESSOR 3, MANAGER 3, INFLUENCED 2 (× influence), ACTIVE_USER 1.5;
// warmth 1 × strength / 100; three active users suggested.
const config = DEFAULT_THREADING_CONFIG.departure;

const sean: DepartureSubject = {
  id: 'sean',
  name: 'Sean Lopez',
  department: 'Operations',
  businessUnitId: 'bu-ops',
  level: 2,
  reportsToId: 'mgr',
  subtreeIds: new Set(['sean', 'rep']),
  influenced: [
    { personId: 'nora', weight: 0.53 },
    { personId: 'mgr', weight: 0.7 },
  ],
  roles: ['CHAMPION'],
  strength: 80,
  engaged: true,
};

const someone = (id: string, p: Partial<PeopleOnAccount>): PeopleOnAccount => ({
  id,
  name: id,
  department: null,
  businessUnitId: null,
  level: 3,
  reportsToId: null,
  roles: [],
  strength: 0,
  engaged: false,
  ticketsRaised: 0,
  recentInteractions: 0,
  usage: null,
  ...p,
});

const remaining: PeopleOnAccount[] = [
  someone('mgr', {
    department: 'Operations',
    businessUnitId: 'bu-ops',
    level: 1,
    strength: 40,
    recentInteractions: 2,
  }),
  someone('rep', {
    department: 'Operations',
    businessUnitId: 'bu-ops',
    reportsToId: 'sean',
    roles: ['END_USER'],
    strength: 55,
    engaged: true,
    ticketsRaised: 4,
    recentInteractions: 6,
  }),
  someone('peer', {
    department: 'Operations',
    businessUnitId: 'bu-ops',
    level: 2,
    reportsToId: 'mgr',
    strength: 62,
    engaged: true,
    recentInteractions: 5,
  }),
  someone('nora', {
    department: 'Finance',
    businessUnitId: 'bu-fin',
    roles: ['END_USER'],
    strength: 20,
    ticketsRaised: 2,
    recentInteractions: 1,
  }),
  someone('user2', { department: 'IT', roles: ['END_USER'], strength: 35, recentInteractions: 3 }),
  someone('user3', { department: 'IT', ticketsRaised: 1 }),
  someone('eb', {
    department: 'Finance',
    businessUnitId: 'bu-fin',
    level: 1,
    roles: ['ECONOMIC_BUYER'],
    strength: 70,
    engaged: true,
    recentInteractions: 4,
  }),
];

describe('buildNext', () => {
  it('ranks the manager, the inferred successor, the people swayed and the most active users (team kept, marked)', () => {
    const { candidates, successorId, successorInferred, activityBasis, activeUsers } = buildNext(
      sean,
      remaining,
      null,
      config,
    );
    // Successor candidates in Operations one level below or at Sean's level (not the manager):
    // rep (L3, 55) and peer (L2, 62): the most contact wins → peer.
    // Nobody's product usage is known: active users by tickets + interactions, END_USERs or
    // ticket raisers: rep (4 + 6 = 10, in Sean's team: kept and marked), user2 (0 + 3 = 3,
    // stronger than nora), nora (2 + 1 = 3), user3 (1 + 0 = 1, fourth: not suggested).
    //   mgr   MANAGER 3 + INFLUENCED 2×0.7 = 1.4 + warmth 0.40 = 4.8
    //   peer  SUCCESSOR 3 + 0.62                               = 3.62
    //   nora  INFLUENCED 2×0.53 = 1.06 + ACTIVE_USER 1.5 + 0.2 = 2.76
    //   rep   ACTIVE_USER 1.5 + 0.55                          = 2.05
    //   user2 ACTIVE_USER 1.5 + 0.35                          = 1.85
    expect(candidates.map((c) => [c.personId, c.priority, c.reasons.map((r) => r.reason)])).toEqual([
      ['mgr', 4.8, ['MANAGER', 'INFLUENCED']],
      ['peer', 3.62, ['SUCCESSOR']],
      ['nora', 2.76, ['INFLUENCED', 'ACTIVE_USER']],
      ['rep', 2.05, ['ACTIVE_USER']],
      ['user2', 1.85, ['ACTIVE_USER']],
    ]);
    expect(activityBasis).toBe('INTERACTIONS');
    expect(activeUsers.map((u) => [u.personId, u.activity, u.inDepartedTeam])).toEqual([
      ['rep', 10, true],
      ['user2', 3, false],
      ['nora', 3, false],
      ['user3', 1, false],
    ]);
    expect(candidates.find((c) => c.personId === 'rep')!.reasons[0]!.detail).toBe(
      "Active user in Sean Lopez's team (interactions; no product usage known): 4 ticket(s) and 6 interaction(s) in the last 180 days",
    );
    expect([successorId, successorInferred]).toEqual(['peer', true]);
    expect(candidates[1]!.reasons[0]!.detail).toBe(
      'Likely successor: Operations, a peer at the same level, the most contact with us of 2 candidate(s) (strength 62)',
    );
    expect(candidates[2]).toMatchObject({ influenceWeight: 0.53, ticketsRaised: 2, recentInteractions: 1 });
  });

  it('takes a named successor instead of inferring one', () => {
    const { candidates, successorId, successorInferred } = buildNext(sean, remaining, 'rep', config);
    // rep: SUCCESSOR 3 + ACTIVE_USER 1.5 + 0.55 = 5.05; peer is no longer suggested.
    expect(candidates.map((c) => [c.personId, c.priority])).toEqual([
      ['rep', 5.05],
      ['mgr', 4.8],
      ['nora', 2.76],
      ['user2', 1.85],
    ]);
    expect([successorId, successorInferred]).toEqual(['rep', false]);
  });

  it('says why it cannot infer a successor or find a manager', () => {
    const loner = { ...sean, department: null, reportsToId: 'gone', influenced: [] };
    expect(buildNext(loner, remaining, null, config).gaps).toEqual([
      'Sean Lopez has no department: no successor can be inferred',
      "Sean Lopez's manager is unknown or no longer there",
      'No product usage per person is known here: most active users are ranked by interactions and tickets',
    ]);
  });

  it('ranks active users by product usage when it is known, whatever their role or our contact', () => {
    const usage = (activeDays: number, featureEvents: number, lastActiveOn: string) => ({
      id: `u-${activeDays}-${featureEvents}`,
      date: '2026-11-30',
      windowDays: 30,
      activeDays,
      featureEvents,
      lastActiveOn,
    });
    const withUsage = remaining.map((p) =>
      p.id === 'user3'
        ? { ...p, usage: usage(22, 400, '2026-11-29') } // no END_USER role, one ticket: the heaviest user
        : p.id === 'rep'
          ? { ...p, usage: usage(22, 120, '2026-11-30') } // same days, fewer events; in Sean's team
          : p.id === 'eb'
            ? { ...p, usage: usage(3, 10, '2026-11-02') }
            : p.id === 'nora'
              ? { ...p, usage: usage(0, 0, '2026-09-01') } // a reading of no use: not active
              : p,
    );
    const { activityBasis, activeUsers, gaps, candidates } = buildNext(sean, withUsage, null, config);
    expect(activityBasis).toBe('PRODUCT_USAGE');
    expect(activeUsers.map((u) => [u.personId, u.activity, u.inDepartedTeam])).toEqual([
      ['user3', 0.733, false],
      ['rep', 0.733, true],
      ['eb', 0.1, false],
    ]);
    // user2 talks with us most among END_USERs, but their usage is unknown: not ranked, and said.
    expect(gaps).toContain('3 person(s) have no product usage reading: not ranked as active users');
    expect(candidates.find((c) => c.personId === 'user3')!.reasons[0]!.detail).toBe(
      "Active user outside Sean Lopez's team (product usage): active 22 of 30 days to 2026-11-30, 400 feature events, last active 2026-11-29",
    );
    expect(candidates.find((c) => c.personId === 'user2')).toBeUndefined();
  });
});

function riskOf(score: number, level: ThreadingRisk['level'], values: number[]): ThreadingRisk {
  const base = threadingRisk(
    { accountId: 'acc', people: [], links: [] },
    new Date(),
    DEFAULT_THREADING_CONFIG,
  );
  return { ...base, score, level, components: base.components.map((c, i) => ({ ...c, value: values[i]! })) };
}

describe('departureImpact', () => {
  const impact = departureImpact(
    {
      departed: sean,
      remaining,
      opportunities: [
        {
          id: 'opp-1',
          name: 'Expansion',
          amount: 50_000,
          stage: 'Proposal',
          closeDate: '2027-01-15',
          contacts: [
            { personId: 'sean', role: 'CHAMPION', isPrimary: true },
            { personId: 'eb', role: 'ECONOMIC_BUYER', isPrimary: false },
          ],
        },
        {
          id: 'opp-2',
          name: 'Renewal',
          amount: 200_000,
          stage: 'Negotiation',
          closeDate: '2027-03-01',
          contacts: [
            { personId: 'sean', role: 'CHAMPION', isPrimary: true },
            { personId: 'mgr', role: 'DECISION_MAKER', isPrimary: false },
          ],
        },
      ],
      objectives: [{ id: 'obj-1', title: 'Cut cycle time', status: 'ACTIVE', dueDate: null }],
      subscriptions: [
        { id: 'sub-core', productId: 'core', productName: 'Core', businessUnitId: null, arr: 150_000 },
        { id: 'sub-ops', productId: 'an', productName: 'Analytics', businessUnitId: 'bu-ops', arr: 40_000 },
        { id: 'sub-fin', productId: 'an', productName: 'Analytics', businessUnitId: 'bu-fin', arr: 10_000 },
      ],
      namedSuccessorId: null,
      before: riskOf(20, 'LOW', [0, 0.3, 0, 0.2, 0]),
      after: riskOf(38.5, 'MEDIUM', [0.2, 0.25, 0.25, 0.3, 0.5]),
    },
    config,
  );

  it('lists the roles left empty', () => {
    expect(impact.rolesEnded).toEqual([{ role: 'CHAMPION', stillHeldByIds: [], leftEmpty: true }]);
    expect(impact.rolesLeftEmpty).toEqual(['CHAMPION']);
  });

  it('flags the open opportunity that loses its only engaged contact', () => {
    // opp-1 keeps the engaged economic buyer; opp-2 keeps only the manager, whom we do not engage.
    expect(
      impact.opportunities.map((o) => [
        o.opportunity.id,
        o.contactRole,
        o.remainingEngagedIds,
        o.losesOnlyEngagedThread,
      ]),
    ).toEqual([
      ['opp-1', 'CHAMPION', ['eb'], false],
      ['opp-2', 'CHAMPION', [], true],
    ]);
  });

  it('hands objectives to engaged colleagues and weighs the unit subscription and department', () => {
    expect(impact.objectives.map((o) => [o.objective.id, o.candidateOwnerIds])).toEqual([
      ['obj-1', ['rep', 'peer']],
    ]);
    // Only Operations' own subscription concerns Sean; the account-wide one still has engaged threads.
    expect(
      impact.subscriptions.map((s) => [
        s.subscription.id,
        s.scope,
        s.remainingEngagedIds,
        s.losesOnlyEngagedThread,
      ]),
    ).toEqual([['sub-ops', 'UNIT', ['rep', 'peer'], false]]);
    // Operations: rep and peer stay engaged; 3 with Sean.
    expect(impact.department).toEqual({
      name: 'Operations',
      engagedBefore: 3,
      remainingEngagedIds: ['rep', 'peer'],
      losesOnlyEngagedThread: false,
    });
  });

  it('gives the change in threading risk, component by component', () => {
    expect(impact.risk.before).toEqual({ score: 20, level: 'LOW' });
    expect(impact.risk.after).toEqual({ score: 38.5, level: 'MEDIUM' });
    expect(impact.risk.change).toBe(18.5);
    expect(impact.risk.components.map((c) => [c.name, c.change])).toEqual([
      ['BREADTH', 0.2],
      ['CONCENTRATION', -0.05],
      ['ROLE_COVERAGE', 0.25],
      ['STRUCTURE', 0.1],
      ['CRITICAL_PEOPLE', 0.5],
    ]);
  });

  it('sees a lone thread go: the unit, the department and the account-wide subscription', () => {
    const alone = remaining.map((p) => ({ ...p, engaged: false }));
    const lone = departureImpact(
      {
        departed: sean,
        remaining: alone,
        opportunities: [],
        objectives: [],
        subscriptions: [
          { id: 'sub-core', productId: 'core', productName: 'Core', businessUnitId: null, arr: 150_000 },
          { id: 'sub-ops', productId: 'an', productName: 'Analytics', businessUnitId: 'bu-ops', arr: 40_000 },
        ],
        namedSuccessorId: null,
        before: riskOf(50, 'MEDIUM', [1, 1, 0.5, 1, 1]),
        after: riskOf(100, 'HIGH', [1, 1, 1, 1, 1]),
      },
      config,
    );
    expect(lone.subscriptions.map((s) => [s.subscription.id, s.scope, s.losesOnlyEngagedThread])).toEqual([
      ['sub-core', 'ACCOUNT', true],
      ['sub-ops', 'UNIT', true],
    ]);
    expect(lone.department?.losesOnlyEngagedThread).toBe(true);
  });
});
