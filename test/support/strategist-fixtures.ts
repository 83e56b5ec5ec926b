import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import type { SeniorityLevel, StakeholderRole } from '../../src/domain/vocabulary';
import { fixtureBuilders, noonOn, ourTeam } from './fixture-builders';

/** The strategist's accounts (issue 9) are judged at noon on this day. */
export const STRATEGIST_DAY = '2026-11-16';
export const strategistClock = noonOn(STRATEGIST_DAY);

type Cast = [string, string, string, SeniorityLevel, string | null, string, StakeholderRole[]];

/**
 * Accounts a strategist would build from scratch, none from the demo. Our team: tm-ae
 * (ACCOUNT_OWNER), tm-csm (CSM), tm-exec (EXECUTIVE_SPONSOR).
 *
 * acc-left "Larch Logistics" (ENTERPRISE, ~$200K): Core 400 seats, 200,000 ARR, used 300 → 330
 *   (2026-05-18 → 2026-11-14), renews 2027-09-01; a calm closed LOW ticket, NPS 9 and 10. Champion
 *   Lena (Director of Operations) left on 2026-11-11 (five days ago); her manager Max (VP
 *   Operations), the CEO and sponsor Cora, the CFO and economic buyer Finn, and two analysts remain,
 *   each with four mutual meetings with us on the morning of the day (Lena met us on 2026-11-01).
 *
 * The capacity account in three moods, each 1,000 Core seats, 500,000 ARR, renews 2027-10-01,
 * with the same five engaged people (CEO sponsor, champion, CFO economic buyer, finance manager
 * decision maker, analyst) and three analysts who joined in the last four months:
 *   acc-cap-calm "Cedar Capital": 845 → 920 seats used (+15 every 30 days from 2026-06-07 to
 *     2026-11-04: 92%), a calm closed LOW ticket, NPS 9 and 10: GREEN and expandable.
 *   acc-cap-angry "Cedar Angry": the same usage, but three escalated tickets opened in the last
 *     month (one HIGH outage still open), NPS 3, 2 and 4 in the last three weeks and a CFO call
 *     "Considering alternatives before the renewal".
 *   acc-cap-red "Cedar Red": usage 900 → 560 over six months, the same angry support, the
 *     executive sponsor gone on 2026-09-01, renewal on 2026-12-20.
 */
export function strategistPortfolio(): PortfolioRecords {
  const r = emptyPortfolioRecords();
  r.products.push({ id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 500 });
  r.teamMembers.push(...ourTeam(['tm-ae', 'tm-csm', 'tm-exec']));
  const b = fixtureBuilders(r, {
    roleUntil: (role, departedAt) => (departedAt && role === 'CHAMPION' ? departedAt : null),
  });
  const morning = `${STRATEGIST_DAY}T09:00:00Z`;
  const cast = (accountId: string, people: readonly Cast[], departed: Record<string, string> = {}) => {
    for (const [id, name, title, seniority, manager, department, roles] of people) {
      b.person(id, accountId, name, title, seniority, manager, department, roles, departed[id] ?? null);
      b.meetings(accountId, id, 4, departed[id] ? '2026-11-01T09:00:00Z' : morning);
    }
  };

  // A $200K account whose champion just left.
  b.account('acc-left', 'Larch Logistics', 'Logistics', 'ENTERPRISE', 3000, [
    ['tm-ae', 'ACCOUNT_OWNER'],
    ['tm-csm', 'CSM'],
    ['tm-exec', 'EXECUTIVE_SPONSOR'],
  ]);
  b.subscription('sub-left-core', 'acc-left', 'prod-core', 400, 200_000, '2027-09-01', [
    ['2026-05-18', 300],
    ['2026-11-14', 330],
  ]);
  b.ticket('t-left', 'acc-left', 'LOW', '2026-10-01T09:00:00Z', 0.6, false, '2026-10-01T12:00:00Z');
  b.nps('nps-left-1', 'acc-left', 9, '2026-10-01T09:00:00Z');
  b.nps('nps-left-2', 'acc-left', 10, '2026-11-01T09:00:00Z');
  cast(
    'acc-left',
    [
      ['p-cora', 'Cora Cole', 'CEO', 'C_LEVEL', null, 'Executive', ['EXECUTIVE_SPONSOR']],
      ['p-max', 'Max Moss', 'VP Operations', 'VP', 'p-cora', 'Operations', ['DECISION_MAKER']],
      ['p-lena', 'Lena Lind', 'Director of Operations', 'DIRECTOR', 'p-max', 'Operations', ['CHAMPION']],
      ['p-finn', 'Finn Ford', 'CFO', 'C_LEVEL', 'p-cora', 'Finance', ['ECONOMIC_BUYER']],
      [
        'p-ada',
        'Ada Ames',
        'Operations Analyst',
        'INDIVIDUAL_CONTRIBUTOR',
        'p-lena',
        'Operations',
        ['END_USER'],
      ],
      ['p-bo', 'Bo Berg', 'Planning Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'p-max', 'Planning', ['END_USER']],
    ],
    { 'p-lena': '2026-11-11' },
  );

  const capacity = (
    id: string,
    name: string,
    usage: [string, number][],
    mood: 'calm' | 'angry',
    renewal: string,
    sponsorLeft: string | null,
  ) => {
    b.account(id, name, 'Manufacturing', 'ENTERPRISE', 5000);
    b.subscription(`sub-${id}`, id, 'prod-core', 1000, 500_000, renewal, usage);
    const p = (suffix: string) => `p-${id}-${suffix}`;
    cast(
      id,
      [
        [p('ceo'), `${name} CEO`, 'CEO', 'C_LEVEL', null, 'Executive', ['EXECUTIVE_SPONSOR']],
        [
          p('champ'),
          `${name} Champion`,
          'Director of Operations',
          'DIRECTOR',
          p('ceo'),
          'Operations',
          ['CHAMPION'],
        ],
        [p('cfo'), `${name} CFO`, 'CFO', 'C_LEVEL', p('ceo'), 'Finance', ['ECONOMIC_BUYER']],
        [
          p('fin'),
          `${name} Finance Manager`,
          'Finance Manager',
          'MANAGER',
          p('cfo'),
          'Finance',
          ['DECISION_MAKER'],
        ],
        [
          p('ana'),
          `${name} Analyst`,
          'Operations Analyst',
          'INDIVIDUAL_CONTRIBUTOR',
          p('champ'),
          'Operations',
          ['END_USER'],
        ],
      ],
      sponsorLeft ? { [p('ceo')]: sponsorLeft } : {},
    );
    // Growing headcount: three analysts joined in the last four months.
    for (const [n, joined] of [
      [1, '2026-08-01'],
      [2, '2026-09-15'],
      [3, '2026-10-20'],
    ] as const) {
      b.person(
        p(`new${n}`),
        id,
        `${name} New Analyst ${n}`,
        'Operations Analyst',
        'INDIVIDUAL_CONTRIBUTOR',
        p('champ'),
        'Operations',
      );
      r.people.at(-1)!.startedAt = joined;
    }
    if (mood === 'calm') {
      b.ticket(`t-${id}`, id, 'LOW', '2026-10-01T09:00:00Z', 0.6, false, '2026-10-01T12:00:00Z');
      b.nps(`nps-${id}-1`, id, 9, '2026-10-01T09:00:00Z');
      b.nps(`nps-${id}-2`, id, 10, '2026-11-01T09:00:00Z');
      return;
    }
    b.ticket(`t-${id}-outage`, id, 'HIGH', '2026-11-09T09:00:00Z', -0.8, true, null);
    b.ticket(`t-${id}-2`, id, 'MEDIUM', '2026-10-25T09:00:00Z', -0.6, true, '2026-10-28T09:00:00Z');
    b.ticket(`t-${id}-3`, id, 'MEDIUM', '2026-10-20T09:00:00Z', -0.5, true, '2026-10-22T09:00:00Z');
    b.nps(`nps-${id}-1`, id, 3, '2026-10-27T09:00:00Z');
    b.nps(`nps-${id}-2`, id, 2, '2026-11-03T09:00:00Z');
    b.nps(`nps-${id}-3`, id, 4, '2026-11-10T09:00:00Z');
    b.interaction({
      id: `i-${id}-alt`,
      accountId: id,
      type: 'CALL',
      direction: 'MUTUAL',
      occurredAt: '2026-11-12T15:00:00Z',
      subject: 'CFO: considering alternatives before the renewal',
      teamMemberIds: ['tm-ae'],
      personIds: [p('cfo')],
    });
  };
  const growing: [string, number][] = [
    ['2026-06-07', 845],
    ['2026-07-07', 860],
    ['2026-08-06', 875],
    ['2026-09-05', 890],
    ['2026-10-05', 905],
    ['2026-11-04', 920],
  ];
  capacity('acc-cap-calm', 'Cedar Capital', growing, 'calm', '2027-10-01', null);
  capacity('acc-cap-angry', 'Cedar Angry', growing, 'angry', '2027-10-01', null);
  capacity(
    'acc-cap-red',
    'Cedar Red',
    [
      ['2026-05-10', 900],
      ['2026-08-08', 750],
      ['2026-11-06', 560],
    ],
    'angry',
    '2026-12-20',
    '2026-09-01',
  );
  return r;
}
