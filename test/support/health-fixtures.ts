import { createGenerationContext, generateAccount } from '../../seed/demo/generate-portfolio';
import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import type { SeniorityLevel, StakeholderRole } from '../../src/domain/vocabulary';
import { fixtureBuilders, noonOn, ourTeam } from './fixture-builders';

/** The day the demo portfolio is generated for in health tests, and a clock at noon on it. */
export const DEMO_AS_OF = '2026-11-22';
export const demoClock = noonOn(DEMO_AS_OF);

/**
 * Some accounts of the demo portfolio (seed 42), generated exactly as `npm start` seeds them:
 * an account depends only on the seed, the day and its number, so a subset is the same data.
 */
export function demoAccounts(indices: readonly number[], asOf = DEMO_AS_OF): PortfolioRecords {
  const ctx = createGenerationContext({ seed: 42, asOf });
  const records: PortfolioRecords = { ...emptyPortfolioRecords(), ...ctx.catalog };
  for (const index of indices) {
    const { account, ...rest } = generateAccount(ctx, index);
    records.accounts.push(account);
    for (const key of Object.keys(rest) as (keyof typeof rest)[]) {
      (records[key] as unknown[]).push(...rest[key]);
    }
  }
  return records;
}

/** The hand-built health portfolio is judged at noon on this day. */
export const HEALTH_DAY = '2026-11-15';
export const healthClock = noonOn(HEALTH_DAY);

/**
 * A small portfolio whose health is worked out by hand in test/health/*.int.test.ts. Our team:
 * tm-ae (ACCOUNT_OWNER everywhere), tm-csm (CSM everywhere), tm-exec (EXECUTIVE_SPONSOR on
 * acc-green and acc-cobalt only).
 *
 * acc-red "Redwood Retail" (ENTERPRISE): core 200 seats 120,000, used 150 → 60 (2026-05-01 →
 *   2026-11-01), renews 2027-01-01; add-on 30,000 cancelled 2026-05-01. Tickets: r1 URGENT
 *   escalated open (−0.9, 11-10), r2 HIGH escalated closed (−0.5, 10-01), r3 MEDIUM closed
 *   (0.1, 09-01); NPS 2 (10-01) and 4 (08-01). Executive sponsor Sid left on 2026-09-01 (role
 *   never closed); champion Carl; nobody has ever talked with us.
 * acc-sparse "Sparrow Labs" (SMB): one person, nothing else.
 * acc-green "Greenleaf Software" (ENTERPRISE): core 100 seats 80,000, used 60 → 90, renews
 *   2027-10-01; one calm LOW ticket (0.6), NPS 9; five people, each with four mutual meetings
 *   with us two hours before the clock; sponsor Gwen among them.
 * acc-umber "Umber Utilities" (MID_MARKET): like acc-green but 50 of 100 seats used, flat.
 * acc-cobalt "Cobalt Care" (MID_MARKET): like acc-green (but met on 2026-10-20), except that
 *   champion Cleo (Director of Operations) left on 2026-11-05; her manager Mona (VP Operations),
 *   her report Sam, the end user Una in Finance and the CEO and sponsor Hal remain.
 */
export function healthPortfolio(): PortfolioRecords {
  const r = emptyPortfolioRecords();
  r.products.push(
    { id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 600 },
    { id: 'prod-addon', name: 'Add-on', family: 'Analytics', listPricePerSeat: 300 },
  );
  r.teamMembers.push(...ourTeam(['tm-ae', 'tm-csm', 'tm-exec']));
  const b = fixtureBuilders(r, {
    // A departed champion's role ends the day they left; every other role stays on record.
    roleUntil: (role, departedAt) => (role === 'CHAMPION' ? departedAt : null),
  });
  const { person, ticket, nps, meetings } = b;
  const account = (id: string, name: string, segment: 'ENTERPRISE' | 'MID_MARKET' | 'SMB') =>
    b.account(id, name, 'Software', segment, 1000);
  const subscription = (
    id: string,
    accountId: string,
    seats: number,
    arr: number,
    renewalDate: string,
    usage: [string, number][],
  ) => b.subscription(id, accountId, 'prod-core', seats, arr, renewalDate, usage);

  account('acc-red', 'Redwood Retail', 'ENTERPRISE');
  subscription('sub-red-core', 'acc-red', 200, 120_000, '2027-01-01', [
    ['2026-05-01', 150],
    ['2026-11-01', 60],
  ]);
  b.subscription('sub-red-addon', 'acc-red', 'prod-addon', 40, 30_000, '2026-05-01', [], 'CANCELLED');
  ticket('r1', 'acc-red', 'URGENT', '2026-11-10T09:00:00Z', -0.9, true, null);
  ticket('r2', 'acc-red', 'HIGH', '2026-10-01T09:00:00Z', -0.5, true, '2026-10-03T09:00:00Z');
  ticket('r3', 'acc-red', 'MEDIUM', '2026-09-01T09:00:00Z', 0.1, false, '2026-09-02T09:00:00Z');
  nps('nps-r1', 'acc-red', 2, '2026-10-01T09:00:00Z');
  nps('nps-r2', 'acc-red', 4, '2026-08-01T09:00:00Z');
  person('p-rita', 'acc-red', 'Rita Reed', 'CEO', 'C_LEVEL', null, 'Executive');
  person(
    'p-sid',
    'acc-red',
    'Sid Stone',
    'CFO',
    'C_LEVEL',
    'p-rita',
    'Finance',
    ['EXECUTIVE_SPONSOR'],
    '2026-09-01',
  );
  person('p-carl', 'acc-red', 'Carl Cruz', 'Director of Support', 'DIRECTOR', 'p-rita', 'Support', [
    'CHAMPION',
  ]);
  person('p-uma', 'acc-red', 'Uma Ueda', 'Support Agent', 'INDIVIDUAL_CONTRIBUTOR', 'p-carl', 'Support', [
    'END_USER',
  ]);

  account('acc-sparse', 'Sparrow Labs', 'SMB');
  person('p-pia', 'acc-sparse', 'Pia Park', 'Founder', 'C_LEVEL', null, 'Executive');

  /** An account with a healthy core subscription, a calm ticket, NPS 9 and five engaged people. */
  const healthy = (
    id: string,
    name: string,
    segment: 'ENTERPRISE' | 'MID_MARKET',
    usage: [string, number][],
    people: [
      string,
      string,
      string,
      SeniorityLevel,
      string | null,
      string,
      StakeholderRole[],
      string | null,
    ][],
    metAt = '2026-11-15T10:00:00Z',
  ) => {
    account(id, name, segment);
    subscription(`sub-${id}`, id, 100, 80_000, '2027-10-01', usage);
    ticket(`t-${id}`, id, 'LOW', '2026-10-01T09:00:00Z', 0.6, false, '2026-10-01T12:00:00Z');
    nps(`nps-${id}`, id, 9, '2026-10-01T09:00:00Z');
    for (const [pid, pname, title, seniority, manager, department, roles, departedAt] of people) {
      person(pid, id, pname, title, seniority, manager, department, roles, departedAt);
      meetings(id, pid, 4, departedAt ? '2026-10-01T10:00:00Z' : metAt);
    }
  };
  healthy(
    'acc-green',
    'Greenleaf Software',
    'ENTERPRISE',
    [
      ['2026-05-01', 60],
      ['2026-11-01', 90],
    ],
    [
      ['p-gwen', 'Gwen Gale', 'CEO', 'C_LEVEL', null, 'Executive', ['EXECUTIVE_SPONSOR'], null],
      [
        'p-cleo',
        'Cleo Chen',
        'Director of Operations',
        'DIRECTOR',
        'p-gwen',
        'Operations',
        ['CHAMPION'],
        null,
      ],
      ['p-vic', 'Vic Vance', 'CFO', 'C_LEVEL', 'p-gwen', 'Finance', ['ECONOMIC_BUYER'], null],
      [
        'p-eli',
        'Eli Ellis',
        'Operations Analyst',
        'INDIVIDUAL_CONTRIBUTOR',
        'p-cleo',
        'Operations',
        ['END_USER'],
        null,
      ],
      ['p-dee', 'Dee Dunn', 'Finance Manager', 'MANAGER', 'p-vic', 'Finance', ['DECISION_MAKER'], null],
    ],
  );
  b.cover('acc-green', 'tm-exec', 'EXECUTIVE_SPONSOR');
  healthy(
    'acc-umber',
    'Umber Utilities',
    'MID_MARKET',
    [
      ['2026-05-01', 50],
      ['2026-11-01', 50],
    ],
    [
      ['p-ugo', 'Ugo Urban', 'CEO', 'C_LEVEL', null, 'Executive', ['EXECUTIVE_SPONSOR'], null],
      ['p-ula', 'Ula Umber', 'Director of IT', 'DIRECTOR', 'p-ugo', 'IT', ['CHAMPION'], null],
      ['p-uri', 'Uri Ude', 'CFO', 'C_LEVEL', 'p-ugo', 'Finance', ['ECONOMIC_BUYER'], null],
      ['p-uta', 'Uta Ulm', 'IT Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'p-ula', 'IT', ['END_USER'], null],
      ['p-udo', 'Udo Ury', 'Finance Manager', 'MANAGER', 'p-uri', 'Finance', ['DECISION_MAKER'], null],
    ],
  );
  healthy(
    'acc-cobalt',
    'Cobalt Care',
    'MID_MARKET',
    [
      ['2026-05-01', 70],
      ['2026-11-01', 85],
    ],
    [
      [
        'p-hal',
        'Hal Hart',
        'CEO',
        'C_LEVEL',
        null,
        'Executive',
        ['EXECUTIVE_SPONSOR', 'ECONOMIC_BUYER'],
        null,
      ],
      ['p-mona', 'Mona Moss', 'VP Operations', 'VP', 'p-hal', 'Operations', ['DECISION_MAKER'], null],
      [
        'p-cleo2',
        'Cleo Cobb',
        'Director of Operations',
        'DIRECTOR',
        'p-mona',
        'Operations',
        ['CHAMPION'],
        '2026-11-05',
      ],
      ['p-sam', 'Sam Stark', 'Operations Manager', 'MANAGER', 'p-cleo2', 'Operations', [], null],
      ['p-fay', 'Fay Fox', 'Director of Finance', 'DIRECTOR', 'p-hal', 'Finance', [], null],
      [
        'p-una',
        'Una Ueno',
        'Financial Analyst',
        'INDIVIDUAL_CONTRIBUTOR',
        'p-fay',
        'Finance',
        ['END_USER'],
        null,
      ],
    ],
    // Before the champion left: what the departure analysis (judged the day before) can see.
    '2026-10-20T10:00:00Z',
  );
  b.cover('acc-cobalt', 'tm-exec', 'EXECUTIVE_SPONSOR');
  return r;
}
