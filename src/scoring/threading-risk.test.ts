import { DEFAULT_THREADING_CONFIG } from '../config/analytics/threading';
import { isEngaged, spreadRisk, threadingRisk, type ThreadingPerson } from './threading-risk';

// Defaults: engaged = strength ≥ 50 and a two-way contact within 90 days; breadth target 6;
// spread targets 3 departments / 3 levels / 3 branches; role state risk 0 / 0.5 / 1; weights
// breadth 0.25, concentration 0.2, role coverage 0.2, structure 0.15, critical people 0.2;
// MEDIUM from 35, HIGH from 60.
const config = DEFAULT_THREADING_CONFIG;
const NOW = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const person = (id: string, p: Partial<ThreadingPerson>): ThreadingPerson => ({
  id,
  department: null,
  level: 0,
  branchId: id,
  reportsToId: null,
  roles: [],
  strength: 0,
  contactVolume: 0,
  lastTwoWayAt: null,
  ...p,
});

/**
 * CEO ─┬ CFO (ECONOMIC_BUYER, strength 30)
 *      ├ CIO (DECISION_MAKER) ── Champ (CHAMPION, 80, engaged) ─┬ Ana (55, engaged)
 *      │                                                       └ Eng (END_USER, 60, last two-way 100 days ago)
 *      └ HR head (EXECUTIVE_SPONSOR)
 * Eng influences Ana. Everyone we engage sits under the champion: a tree, not a web.
 */
const tree = [
  person('p-ceo', { department: 'Executive' }),
  person('p-cfo', {
    department: 'Finance',
    level: 1,
    reportsToId: 'p-ceo',
    roles: ['ECONOMIC_BUYER'],
    strength: 30,
    contactVolume: 1,
    lastTwoWayAt: daysAgo(10),
  }),
  person('p-cio', { department: 'IT', level: 1, reportsToId: 'p-ceo', roles: ['DECISION_MAKER'] }),
  person('p-hr', { department: 'HR', level: 1, reportsToId: 'p-ceo', roles: ['EXECUTIVE_SPONSOR'] }),
  person('p-champ', {
    department: 'IT',
    level: 2,
    branchId: 'p-cio',
    reportsToId: 'p-cio',
    roles: ['CHAMPION'],
    strength: 80,
    contactVolume: 6,
    lastTwoWayAt: daysAgo(5),
  }),
  person('p-ana', {
    department: 'IT',
    level: 3,
    branchId: 'p-cio',
    reportsToId: 'p-champ',
    strength: 55,
    contactVolume: 2,
    lastTwoWayAt: daysAgo(20),
  }),
  person('p-eng', {
    department: 'Engineering',
    level: 3,
    branchId: 'p-cio',
    reportsToId: 'p-champ',
    roles: ['END_USER'],
    strength: 60,
    contactVolume: 2,
    lastTwoWayAt: daysAgo(100),
  }),
];
const links = [
  ...tree.flatMap((p) => (p.reportsToId ? [{ fromId: p.id, toId: p.reportsToId }] : [])),
  { fromId: 'p-eng', toId: 'p-ana' },
];

describe('threadingRisk', () => {
  const risk = threadingRisk({ accountId: 'acc', people: tree, links }, NOW, config);

  it('counts as engaged only strong relationships with recent two-way contact', () => {
    // Eng is strong (60) but last talked with us 100 days ago (> 90); the CFO is recent but weak (30).
    expect(risk.engaged.map((e) => e.personId)).toEqual(['p-champ', 'p-ana']);
  });

  it('measures concentration by the top share and the Herfindahl index', () => {
    // Volumes 6, 2, 2, 1 of 11: shares 0.5455, 0.1818, 0.1818, 0.0909
    // HHI = 0.2975 + 0.0331 + 0.0331 + 0.0083 = 0.3719
    expect(risk.concentration).toMatchObject({ topPersonId: 'p-champ', topShare: 0.545, herfindahl: 0.372 });
  });

  it('covers key roles as engaged, not engaged or missing, with backups', () => {
    expect(
      risk.roleCoverage.map((r) => [r.role, r.state, r.holders.map((h) => [h.personId, h.backupIds])]),
    ).toEqual([
      ['CHAMPION', 'ENGAGED', [['p-champ', ['p-ana']]]],
      ['ECONOMIC_BUYER', 'NOT_ENGAGED', [['p-cfo', []]]],
      ['EXECUTIVE_SPONSOR', 'NOT_ENGAGED', [['p-hr', []]]],
      // The CIO's backups: the champion (their report, and IT) and Ana (IT).
      ['DECISION_MAKER', 'NOT_ENGAGED', [['p-cio', ['p-champ', 'p-ana']]]],
    ]);
  });

  it('sees that everyone engaged sits under the champion', () => {
    expect(risk.structure).toEqual({
      championIds: ['p-champ'],
      inChampionSubtreeIds: ['p-champ', 'p-ana'],
      championSubtreeShare: 1,
      departments: ['IT'],
      levels: [2, 3],
      branchIds: ['p-cio'],
      departmentRisk: 1, // one department
      levelRisk: 0.5, // two levels of three: (3 − 2) / (3 − 1)
      branchRisk: 1, // one branch
    });
  });

  it('names the people whose departure cuts us off from the economic buyer or decision maker', () => {
    // Without the champion, Ana (and Eng) hang on nothing: both targets lost.
    // Without the CIO we cannot climb to the CEO: the CFO is lost (the CIO's own loss is not a cut).
    // Without the CEO the CFO is lost, the CIO still reached.
    // Backups are alternative routes: people still linked to the cut-off targets without the
    // critical person (warmest first), never the critical person's own dependents. Without the
    // champion, the CEO and HR still link to the CIO and CFO (Ana and Eng only hang on the
    // champion); without the CEO nobody links to the CFO; without the CIO, the CEO and HR do.
    expect(risk.criticalPeople).toEqual([
      {
        personId: 'p-champ',
        cutsOffIds: ['p-cfo', 'p-cio'],
        cutsOffAll: true,
        engaged: true,
        backupIds: ['p-ceo', 'p-hr'],
      },
      { personId: 'p-ceo', cutsOffIds: ['p-cfo'], cutsOffAll: false, engaged: false, backupIds: [] },
      {
        personId: 'p-cio',
        cutsOffIds: ['p-cfo'],
        cutsOffAll: true,
        engaged: false,
        backupIds: ['p-ceo', 'p-hr'],
      },
    ]);
    expect(risk.decisionPeople).toEqual({
      targetIds: ['p-cfo', 'p-cio'],
      reachableIds: ['p-cfo', 'p-cio'],
      unreachableIds: [],
    });
  });

  it('weighs the five components into a HIGH score', () => {
    // BREADTH        spreadRisk(2, 6) = (6 − 2) / 5           = 0.8
    // CONCENTRATION  (0.3719 + 0.5455) / 2                   = 0.4587
    // ROLE_COVERAGE  (0 + 0.5 + 0.5 + 0.5) / 4               = 0.375
    // STRUCTURE      mean(subtree 1, depts 1, levels 0.5, branches 1) = 0.875
    // CRITICAL       worst single departure (the champion) leaves 0 of 2 reached → 1
    // score = 100 × (0.25×0.8 + 0.2×0.4587 + 0.2×0.375 + 0.15×0.875 + 0.2×1) = 69.8
    expect(risk.components.map((c) => [c.name, c.value])).toEqual([
      ['BREADTH', 0.8],
      ['CONCENTRATION', 0.459],
      ['ROLE_COVERAGE', 0.375],
      ['STRUCTURE', 0.875],
      ['CRITICAL_PEOPLE', 1],
    ]);
    expect(risk.score).toBe(69.8);
    expect(risk.level).toBe('HIGH');
    expect(risk.dataGaps).toEqual([]);
  });

  it('drops the risk when a second engaged thread runs to the CFO', () => {
    const webbed = tree.map((p) =>
      p.id === 'p-cfo'
        ? { ...p, strength: 70 }
        : p.id === 'p-hr'
          ? { ...p, strength: 65, lastTwoWayAt: daysAgo(3) }
          : p,
    );
    const better = threadingRisk({ accountId: 'acc', people: webbed, links }, NOW, config);
    // Engaged: champ 80, cfo 70, hr 65, ana 55 → breadth (6 − 4) / 5 = 0.4; departments IT, Finance,
    // HR → 0; levels 1, 2, 3 → 0; branches cio, cfo, hr → 0; subtree 2 of 4 = 0.5 → structure 0.125.
    // EB and sponsor now engaged: role coverage (0 + 0 + 0 + 0.5) / 4 = 0.125.
    // Nobody is critical any more: the CFO is engaged and reaches the CIO through the CEO.
    expect(better.criticalPeople.find((c) => c.personId === 'p-champ')).toBeUndefined();
    expect(better.components.map((c) => c.value)).toEqual([0.4, 0.459, 0.125, 0.125, 0]);
    // 100 × (0.25×0.4 + 0.2×0.4587 + 0.2×0.125 + 0.15×0.125 + 0) = 23.5
    expect(better.score).toBe(23.5);
    expect(better.level).toBe('LOW');
  });

  it('never gets safer when the only engaged person leaves', () => {
    const champ = person('champ', {
      roles: ['CHAMPION'],
      strength: 80,
      contactVolume: 7,
      lastTwoWayAt: daysAgo(2),
    });
    const weak = ['w1', 'w2', 'w3'].map((id) =>
      person(id, { reportsToId: 'champ', strength: 20, contactVolume: 1 }),
    );
    const before = threadingRisk({ accountId: 'acc', people: [champ, ...weak], links: [] }, NOW, config);
    const after = threadingRisk({ accountId: 'acc', people: weak, links: [] }, NOW, config);
    // Before: shares 0.7, 0.1, 0.1, 0.1 → HHI 0.52 → CONCENTRATION (0.52 + 0.7) / 2 = 0.61.
    // After, the remaining contact is evenly spread, but over nobody we engage: 1, not 0.25.
    expect(before.components[1]!.value).toBe(0.61);
    expect(after.components[1]!.value).toBe(1);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('treats an account with nobody known as fully exposed, and says why', () => {
    const empty = threadingRisk({ accountId: 'acc', people: [], links: [] }, NOW, config);
    expect(empty.score).toBe(100);
    expect(empty.dataGaps).toEqual([
      'No people are known at this account',
      'No contact with anyone at this account in the lookback window',
      'No current champion: the champion-subtree share is left out',
      'Nobody holds ECONOMIC_BUYER or DECISION_MAKER: there is no one who decides to reach',
    ]);
  });
});

describe('isEngaged and spreadRisk', () => {
  it('includes the threshold and the edge of the window', () => {
    expect(isEngaged({ strength: 50, lastTwoWayAt: daysAgo(90) }, NOW, config)).toBe(true);
    expect(isEngaged({ strength: 49.9, lastTwoWayAt: daysAgo(1) }, NOW, config)).toBe(false);
    expect(isEngaged({ strength: 90, lastTwoWayAt: daysAgo(90.5) }, NOW, config)).toBe(false);
    expect(isEngaged({ strength: 90, lastTwoWayAt: null }, NOW, config)).toBe(false);
  });

  it('is 1 at one or none, 0 at the target, linear between', () => {
    expect([0, 1, 2, 3, 6, 9].map((n) => spreadRisk(n, 6))).toEqual([1, 1, 0.8, 0.6, 0, 0]);
  });
});

describe('threading floors (threading.floors)', () => {
  // A well-spread account: six engaged people over three departments, levels and branches, the
  // economic buyer and a decision maker engaged. Its weighted risk is low.
  const engaged = (id: string, p: Partial<ThreadingPerson>) =>
    person(id, { strength: 80, contactVolume: 1, lastTwoWayAt: daysAgo(5), ...p });
  const spread = [
    engaged('ceo', { department: 'Exec', roles: ['EXECUTIVE_SPONSOR'] }),
    engaged('cfo', {
      department: 'Finance',
      level: 1,
      branchId: 'cfo',
      reportsToId: 'ceo',
      roles: ['ECONOMIC_BUYER'],
    }),
    engaged('cio', {
      department: 'IT',
      level: 1,
      branchId: 'cio',
      reportsToId: 'ceo',
      roles: ['DECISION_MAKER'],
    }),
    engaged('ops', { department: 'Ops', level: 1, branchId: 'ops', reportsToId: 'ceo' }),
    engaged('dev', { department: 'IT', level: 2, branchId: 'cio', reportsToId: 'cio' }),
    engaged('fin', { department: 'Finance', level: 2, branchId: 'cfo', reportsToId: 'cfo' }),
  ];
  const links = spread.flatMap((p) => (p.reportsToId ? [{ fromId: p.id, toId: p.reportsToId }] : []));

  it('keeps an account whose champion left five days ago at HIGH, and one with no champion at MEDIUM', () => {
    const left = threadingRisk(
      {
        accountId: 'acc',
        people: spread,
        links,
        departures: [{ personId: 'champ', departedAt: daysAgo(5).slice(0, 10), roles: ['CHAMPION'] }],
      },
      NOW,
      config,
    );
    expect(left.weightedScore).toBeLessThan(config.levels.mediumFrom);
    expect([left.score, left.level]).toEqual([60, 'HIGH']);
    expect(left.floors.map((f) => [f.code, f.role, f.minLevel, f.personId])).toEqual([
      ['KEY_ROLE_DEPARTED', 'CHAMPION', 'HIGH', 'champ'],
      ['KEY_ROLE_UNCOVERED', 'CHAMPION', 'MEDIUM', null],
    ]);
    expect(left.floors[0]!.message).toBe(
      'Champion champ left on 2026-11-26 (5 days ago) and nobody holds the role now, so the risk is at least HIGH until 90 days after',
    );

    // 91 days later the departure no longer holds it up; the empty seat still does.
    const later = threadingRisk(
      {
        accountId: 'acc',
        people: spread,
        links,
        departures: [{ personId: 'champ', departedAt: daysAgo(91).slice(0, 10), roles: ['CHAMPION'] }],
      },
      NOW,
      config,
    );
    expect([later.score, later.level, later.floors.map((f) => f.code)]).toEqual([
      35,
      'MEDIUM',
      ['KEY_ROLE_UNCOVERED'],
    ]);
  });

  it('lifts no floor once an engaged successor holds the seat', () => {
    const covered = spread.map((p) => (p.id === 'ops' ? { ...p, roles: ['CHAMPION' as const] } : p));
    const risk = threadingRisk(
      {
        accountId: 'acc',
        people: covered,
        links,
        departures: [{ personId: 'champ', departedAt: daysAgo(5).slice(0, 10), roles: ['CHAMPION'] }],
      },
      NOW,
      config,
    );
    expect(risk.floors).toEqual([]);
    expect(risk.score).toBe(risk.weightedScore);
    expect(risk.level).toBe('LOW');
  });
});
