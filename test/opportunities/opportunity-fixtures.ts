import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import type { SeniorityLevel, StakeholderRole } from '../../src/domain/vocabulary';
import { fixtureBuilders, noonOn, ourTeam } from '../support/fixture-builders';

/** The hand-built expansion portfolio is judged at noon on this day. */
export const OPP_DAY = '2026-11-15';
export const oppClock = noonOn(OPP_DAY);

/**
 * Two accounts whose expansion opportunities are worked out by hand in
 * test/opportunities/*.int.test.ts. Our team: tm-ae (ACCOUNT_OWNER), tm-csm (CSM).
 *
 * acc-peak "Peak Freight" (ENTERPRISE, Logistics, 1,000 employees, GREEN):
 *   Core Platform sub-peak-core 200 seats, 120,000 ARR (600 a seat), renews 2027-10-01; six
 *   readings 30 days apart from 2026-06-04, 159 → 179 (+4 each): +4.1 a month, full on
 *   2027-04-08, the conversation due 2027-02-07.
 *   Security sub-peak-sec 100 seats, 10,000 ARR, renews 2027-10-01; three readings at 85: flat.
 *   People, each with four MUTUAL meetings with tm-csm two hours before the clock (engaged):
 *   Gwen Gale (CEO, EXECUTIVE_SPONSOR), Cleo Chen (Director of Operations, CHAMPION), Vic Vale
 *   (CFO, ECONOMIC_BUYER), Eli Ellis (analyst, END_USER), Dee Dunn (Finance Manager,
 *   DECISION_MAKER); Vic and Dee sit in the Finance unit (bu-peak-fin, 100 people). One calm
 *   LOW ticket, NPS 9.
 *   Lumen (an alternative to Insights Analytics) across the account since 2025-03-01.
 *   Objective obj-peak-auto "Automate 70% of invoice approvals", ACTIVE, Dee's, due 2027-02-13;
 *   obj-peak-done ACHIEVED.
 *   Opportunities: opp-peak-won (EXPANSION, WON), opp-peak-renewal (RENEWAL, OPEN): neither is intent.
 *   Interactions besides the meetings: i-peak-out (OUTBOUND "Seat true-up reminder", ours),
 *   i-peak-old (INBOUND "Seat true-up question", 2026-09-01: 75 days back), i-peak-chat
 *   (INBOUND "Quick check-in").
 * acc-ember "Ember Outfitters" (ENTERPRISE, Retail, 800 employees, RED):
 *   Core Platform sub-ember-core 100 seats, 50,000 ARR, renews 2026-12-15; readings 69 → 89
 *   (+4 every 30 days: +4.1 a month, full on 2027-01-23); a cancelled Insights Analytics. Three escalated tickets with angry sentiment (one
 *   URGENT still open), NPS 2 and 3. Sponsor Sue left on 2026-09-01; Ron (CFO, ECONOMIC_BUYER)
 *   still meets us, Kim (CHAMPION) does not. An open EXPANSION opportunity opp-ember-seats for Core
 *   Platform, Ron its primary contact: they want more seats, health says no.
 */
export function opportunityPortfolio(): PortfolioRecords {
  const r = emptyPortfolioRecords();
  r.products.push(
    { id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 500 },
    { id: 'prod-sec', name: 'Security Suite', family: 'Security', listPricePerSeat: 100 },
    { id: 'prod-ana', name: 'Insights Analytics', family: 'Analytics', listPricePerSeat: 200 },
    { id: 'prod-auto', name: 'Workflow Automation', family: 'Automation', listPricePerSeat: 300 },
  );
  r.competitors.push({ id: 'comp-lumen', name: 'Lumen', alternativeToProductIds: ['prod-ana'] });
  r.teamMembers.push(...ourTeam(['tm-ae', 'tm-csm']));
  const b = fixtureBuilders(r, {
    businessUnitOf: (accountId, department) =>
      department === 'Finance' && accountId === 'acc-peak' ? 'bu-peak-fin' : null,
    interactionId: (n) => `i-${n}`,
  });
  const { person, subscription, ticket, nps } = b;
  const account = (id: string, name: string, industry: string, employeeCount: number) =>
    b.account(id, name, industry, 'ENTERPRISE', employeeCount);
  /** With tm-csm: a MEETING when MUTUAL, an EMAIL otherwise. */
  const interaction = (
    accountId: string,
    personIds: string[],
    at: string,
    direction: 'MUTUAL' | 'INBOUND' | 'OUTBOUND',
    subject: string | null,
    id?: string,
  ) =>
    b.interaction({
      id,
      accountId,
      type: direction === 'MUTUAL' ? 'MEETING' : 'EMAIL',
      direction,
      occurredAt: at,
      subject,
      teamMemberIds: ['tm-csm'],
      personIds,
    });
  const meetings = (accountId: string, personId: string) =>
    b.meetings(accountId, personId, 4, `${OPP_DAY}T10:00:00Z`);

  // Peak Freight: GREEN, at 89.5% of its core seats and growing.
  account('acc-peak', 'Peak Freight', 'Logistics', 1000);
  r.businessUnits.push({
    id: 'bu-peak-fin',
    accountId: 'acc-peak',
    name: 'Finance',
    kind: 'DEPARTMENT',
    headcount: 100,
  });
  const every30 = ['2026-06-04', '2026-07-04', '2026-08-03', '2026-09-02', '2026-10-02', '2026-11-01'];
  subscription(
    'sub-peak-core',
    'acc-peak',
    'prod-core',
    200,
    120_000,
    '2027-10-01',
    every30.map((d, i) => [d, 159 + 4 * i]),
  );
  subscription('sub-peak-sec', 'acc-peak', 'prod-sec', 100, 10_000, '2027-10-01', [
    ['2026-09-02', 85],
    ['2026-10-02', 85],
    ['2026-11-01', 85],
  ]);
  const peak: [string, string, string, SeniorityLevel, string | null, string, StakeholderRole[]][] = [
    ['p-gwen', 'Gwen Gale', 'CEO', 'C_LEVEL', null, 'Executive', ['EXECUTIVE_SPONSOR']],
    ['p-cleo', 'Cleo Chen', 'Director of Operations', 'DIRECTOR', 'p-gwen', 'Operations', ['CHAMPION']],
    ['p-vic', 'Vic Vale', 'CFO', 'C_LEVEL', 'p-gwen', 'Finance', ['ECONOMIC_BUYER']],
    [
      'p-eli',
      'Eli Ellis',
      'Operations Analyst',
      'INDIVIDUAL_CONTRIBUTOR',
      'p-cleo',
      'Operations',
      ['END_USER'],
    ],
    ['p-dee', 'Dee Dunn', 'Finance Manager', 'MANAGER', 'p-vic', 'Finance', ['DECISION_MAKER']],
  ];
  for (const [id, name, title, seniority, manager, department, roles] of peak) {
    person(id, 'acc-peak', name, title, seniority, manager, department, roles);
    meetings('acc-peak', id);
  }
  ticket('t-peak', 'acc-peak', 'LOW', '2026-10-01T09:00:00Z', 0.6, false, '2026-10-01T12:00:00Z');
  nps('nps-peak', 'acc-peak', 9, '2026-10-01T09:00:00Z');
  r.competitorPresence.push({
    accountId: 'acc-peak',
    competitorId: 'comp-lumen',
    businessUnitId: null,
    since: '2025-03-01',
  });
  r.objectives.push(
    {
      id: 'obj-peak-auto',
      accountId: 'acc-peak',
      ownerPersonId: 'p-dee',
      title: 'Automate 70% of invoice approvals',
      metric: 'Invoices approved without manual touch (%)',
      targetValue: 70,
      dueDate: '2027-02-13',
      status: 'ACTIVE',
    },
    {
      id: 'obj-peak-done',
      accountId: 'acc-peak',
      ownerPersonId: 'p-vic',
      title: 'Automate the month-end report',
      metric: null,
      targetValue: null,
      dueDate: '2026-06-30',
      status: 'ACHIEVED',
    },
  );
  r.opportunities.push(
    {
      id: 'opp-peak-won',
      accountId: 'acc-peak',
      productId: 'prod-core',
      ownerId: 'tm-ae',
      name: 'Peak - Core seats 2025',
      type: 'EXPANSION',
      stage: 'Closed Won',
      status: 'WON',
      amount: 20_000,
      closeDate: '2025-06-30',
    },
    {
      id: 'opp-peak-renewal',
      accountId: 'acc-peak',
      productId: 'prod-core',
      ownerId: 'tm-csm',
      name: 'Peak - Core renewal 2027',
      type: 'RENEWAL',
      stage: 'Prospecting',
      status: 'OPEN',
      amount: 120_000,
      closeDate: '2027-10-01',
    },
  );
  interaction(
    'acc-peak',
    ['p-vic'],
    '2026-11-10T09:00:00Z',
    'OUTBOUND',
    'Seat true-up reminder',
    'i-peak-out',
  );
  interaction(
    'acc-peak',
    ['p-vic'],
    '2026-09-01T09:00:00Z',
    'INBOUND',
    'Seat true-up question',
    'i-peak-old',
  );
  interaction('acc-peak', ['p-eli'], '2026-11-12T09:00:00Z', 'INBOUND', 'Quick check-in', 'i-peak-chat');

  // Ember Outfitters: RED, at 90% of its core seats, and asking for more.
  account('acc-ember', 'Ember Outfitters', 'Retail', 800);
  subscription(
    'sub-ember-core',
    'acc-ember',
    'prod-core',
    100,
    50_000,
    '2026-12-15',
    every30.map((d, i) => [d, 69 + 4 * i]),
  );
  subscription('sub-ember-addon', 'acc-ember', 'prod-ana', 40, 8_000, '2026-08-01', [], 'CANCELLED');
  person('p-ron', 'acc-ember', 'Ron Reyes', 'CFO', 'C_LEVEL', null, 'Finance', ['ECONOMIC_BUYER']);
  person('p-kim', 'acc-ember', 'Kim Kato', 'Director of Stores', 'DIRECTOR', 'p-ron', 'Stores', ['CHAMPION']);
  person(
    'p-sue',
    'acc-ember',
    'Sue Sato',
    'COO',
    'C_LEVEL',
    null,
    'Operations',
    ['EXECUTIVE_SPONSOR'],
    '2026-09-01',
  );
  meetings('acc-ember', 'p-ron');
  ticket('t-ember-1', 'acc-ember', 'URGENT', '2026-11-10T09:00:00Z', -0.9, true, null);
  ticket('t-ember-2', 'acc-ember', 'HIGH', '2026-10-20T09:00:00Z', -0.7, true, '2026-10-25T09:00:00Z');
  ticket('t-ember-3', 'acc-ember', 'HIGH', '2026-09-20T09:00:00Z', -0.6, true, '2026-09-22T09:00:00Z');
  nps('nps-ember-1', 'acc-ember', 2, '2026-10-01T09:00:00Z');
  nps('nps-ember-2', 'acc-ember', 3, '2026-08-01T09:00:00Z');
  r.opportunities.push({
    id: 'opp-ember-seats',
    accountId: 'acc-ember',
    productId: 'prod-core',
    ownerId: 'tm-ae',
    name: 'Ember - Core seats',
    type: 'EXPANSION',
    stage: 'Discovery',
    status: 'OPEN',
    amount: 25_000,
    closeDate: '2026-12-15',
  });
  r.opportunityContactRoles.push({
    opportunityId: 'opp-ember-seats',
    personId: 'p-ron',
    role: 'ECONOMIC_BUYER',
    isPrimary: true,
  });
  return r;
}
