import type { InteractionRecord, PersonRecord, PortfolioRecords } from '../../src/domain/graph-records';
import type { InteractionDirection, InteractionType, SeniorityLevel } from '../../src/domain/vocabulary';
import { emptyPortfolio } from './fixtures';

/** The tests' clock: every interaction below is a whole number of days before it, at midnight UTC. */
export const REL_NOW = new Date('2026-12-01T00:00:00Z');

export const daysBefore = (days: number): string =>
  new Date(REL_NOW.getTime() - days * 86_400_000).toISOString();

/**
 * Three accounts built by hand for relationship strength, threading risk, departures and paths.
 *
 * Acme Health (acc-acme, ARR 200,000 = core 150,000 + Operations analytics 50,000):
 *   Cora (CEO, Executive) ─┬ Felix (CFO, Finance, ECONOMIC_BUYER)
 *                          ├ Olive (COO, Operations, DECISION_MAKER) ─┬ Sam (Director, CHAMPION) ─ Ana (Analyst, END_USER)
 *                          │                                          └ Otto (left 2026-01-01)
 *                          └ Ian (IT Manager, END_USER)
 *   Influence: Sam → Felix 0.6, Ian → Ana 0.4.
 *   Our team: Avery (tm-ae, owner), Casey (tm-csm). Interactions, days before REL_NOW:
 *     c1 MEETING MUTUAL  10 ae  + Sam          c2 CALL INBOUND   30 csm + Sam
 *     c3 EMAIL OUTBOUND   5 ae  + Sam          c4 QBR MUTUAL     60 ae + csm + Sam + Ana
 *     a1 CALL INBOUND    20 csm + Ana          f1 EMAIL OUTBOUND 15 ae  + Felix
 *     i1 EMAIL INBOUND  100 csm + Ian          o1 MEETING MUTUAL 400 csm + Otto (outside the lookback)
 *   Open opportunities: renewal (Sam CHAMPION, Felix ECONOMIC_BUYER), expansion (Sam, Ana); one won.
 *   Objectives owned by Sam: one ACTIVE, one ACHIEVED. Tickets: Ian 40 and 200 days ago, Ana 10.
 * Solo Retail (acc-solo, ARR 30,000): Bo (CEO, ECONOMIC_BUYER) ← Cy (CHAMPION, all our contact) ← Dee (END_USER).
 * Quiet Labs (acc-quiet, ARR 10,000): one person, nobody in a role, no contact.
 */
export function relationshipPortfolio(): PortfolioRecords {
  const records = emptyPortfolio();
  const person = (
    id: string,
    accountId: string,
    name: string,
    seniority: SeniorityLevel,
    department: string,
    reportsToId: string | null,
    extra: Partial<PersonRecord> = {},
  ): PersonRecord => ({
    id,
    accountId,
    businessUnitId: null,
    name,
    email: null,
    title: null,
    seniority,
    department,
    reportsToId,
    status: 'ACTIVE',
    startedAt: '2020-01-01',
    departedAt: null,
    ...extra,
  });
  const interaction = (
    id: string,
    accountId: string,
    type: InteractionType,
    direction: InteractionDirection,
    days: number,
    teamMemberIds: string[],
    personIds: string[],
  ): InteractionRecord => ({
    id,
    accountId,
    type,
    direction,
    occurredAt: daysBefore(days),
    durationMinutes: null,
    subject: null,
    teamMemberIds,
    personIds,
  });
  const role = (
    personId: string,
    accountId: string,
    r: PortfolioRecords['roleAssignments'][number]['role'],
  ) => ({
    personId,
    accountId,
    role: r,
    since: '2024-01-01',
    until: null,
    source: 'crm',
  });
  const account = (id: string, name: string): PortfolioRecords['accounts'][number] => ({
    id,
    name,
    industry: 'Healthcare',
    segment: 'MID_MARKET',
    region: 'EMEA',
    employeeCount: 500,
    annualRevenue: null,
    website: null,
    parentId: null,
    customerSince: '2023-01-01',
  });
  const subscription = (
    id: string,
    accountId: string,
    arr: number,
    businessUnitId: string | null = null,
    status: 'ACTIVE' | 'CANCELLED' = 'ACTIVE',
  ): PortfolioRecords['subscriptions'][number] => ({
    id,
    accountId,
    productId: 'prod-core',
    businessUnitId,
    seatsLicensed: 100,
    seatsUsed: 50,
    arr,
    startDate: '2025-01-01',
    renewalDate: '2027-01-01',
    termMonths: 24,
    status,
  });

  records.products.push({ id: 'prod-core', name: 'Core Platform', family: null, listPricePerSeat: 500 });
  records.teamMembers.push(
    {
      id: 'tm-ae',
      name: 'Avery Exec',
      email: 'avery@us.example',
      title: 'Account Executive',
      managerId: null,
    },
    { id: 'tm-csm', name: 'Casey Success', email: null, title: 'CSM', managerId: null },
  );
  records.accounts.push(
    account('acc-acme', 'Acme Health'),
    account('acc-solo', 'Solo Retail'),
    account('acc-quiet', 'Quiet Labs'),
  );
  records.businessUnits.push(
    { id: 'bu-acme-ops', accountId: 'acc-acme', name: 'Operations', kind: 'DEPARTMENT', headcount: 80 },
    { id: 'bu-acme-it', accountId: 'acc-acme', name: 'IT', kind: 'DEPARTMENT', headcount: 30 },
  );
  records.people.push(
    person('p-cora', 'acc-acme', 'Cora Chief', 'C_LEVEL', 'Executive', null),
    person('p-felix', 'acc-acme', 'Felix Finance', 'C_LEVEL', 'Finance', 'p-cora'),
    person('p-olive', 'acc-acme', 'Olive Ops', 'C_LEVEL', 'Operations', 'p-cora', {
      businessUnitId: 'bu-acme-ops',
    }),
    person('p-sam', 'acc-acme', 'Sam Champion', 'DIRECTOR', 'Operations', 'p-olive', {
      businessUnitId: 'bu-acme-ops',
    }),
    person('p-ana', 'acc-acme', 'Ana Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'Operations', 'p-sam', {
      businessUnitId: 'bu-acme-ops',
    }),
    person('p-otto', 'acc-acme', 'Otto Old', 'MANAGER', 'Operations', 'p-olive', {
      status: 'DEPARTED',
      departedAt: '2026-01-01',
    }),
    person('p-ian', 'acc-acme', 'Ian Infra', 'MANAGER', 'IT', 'p-cora', { businessUnitId: 'bu-acme-it' }),
    person('p-bo', 'acc-solo', 'Bo Boss', 'C_LEVEL', 'Executive', null),
    person('p-cy', 'acc-solo', 'Cy Champion', 'MANAGER', 'IT', 'p-bo'),
    person('p-dee', 'acc-solo', 'Dee Dev', 'INDIVIDUAL_CONTRIBUTOR', 'IT', 'p-cy'),
    person('p-quinn', 'acc-quiet', 'Quinn Quiet', 'C_LEVEL', 'Executive', null),
  );
  records.roleAssignments.push(
    role('p-felix', 'acc-acme', 'ECONOMIC_BUYER'),
    role('p-olive', 'acc-acme', 'DECISION_MAKER'),
    role('p-sam', 'acc-acme', 'CHAMPION'),
    role('p-ana', 'acc-acme', 'END_USER'),
    role('p-ian', 'acc-acme', 'END_USER'),
    role('p-bo', 'acc-solo', 'ECONOMIC_BUYER'),
    role('p-cy', 'acc-solo', 'CHAMPION'),
    role('p-dee', 'acc-solo', 'END_USER'),
  );
  records.influences.push(
    { fromPersonId: 'p-sam', toPersonId: 'p-felix', weight: 0.6, kind: 'INFORMAL', source: null },
    { fromPersonId: 'p-ian', toPersonId: 'p-ana', weight: 0.4, kind: 'INFORMAL', source: null },
  );
  records.coverage.push(
    { teamMemberId: 'tm-ae', accountId: 'acc-acme', role: 'ACCOUNT_OWNER', since: null },
    { teamMemberId: 'tm-csm', accountId: 'acc-acme', role: 'CSM', since: null },
    { teamMemberId: 'tm-ae', accountId: 'acc-solo', role: 'ACCOUNT_OWNER', since: null },
  );
  records.interactions.push(
    interaction('c1', 'acc-acme', 'MEETING', 'MUTUAL', 10, ['tm-ae'], ['p-sam']),
    interaction('c2', 'acc-acme', 'CALL', 'INBOUND', 30, ['tm-csm'], ['p-sam']),
    interaction('c3', 'acc-acme', 'EMAIL', 'OUTBOUND', 5, ['tm-ae'], ['p-sam']),
    interaction('c4', 'acc-acme', 'QBR', 'MUTUAL', 60, ['tm-ae', 'tm-csm'], ['p-sam', 'p-ana']),
    interaction('a1', 'acc-acme', 'CALL', 'INBOUND', 20, ['tm-csm'], ['p-ana']),
    interaction('f1', 'acc-acme', 'EMAIL', 'OUTBOUND', 15, ['tm-ae'], ['p-felix']),
    interaction('i1', 'acc-acme', 'EMAIL', 'INBOUND', 100, ['tm-csm'], ['p-ian']),
    interaction('o1', 'acc-acme', 'MEETING', 'MUTUAL', 400, ['tm-csm'], ['p-otto']),
    interaction('s1', 'acc-solo', 'MEETING', 'MUTUAL', 3, ['tm-ae'], ['p-cy']),
    interaction('s2', 'acc-solo', 'CALL', 'INBOUND', 12, ['tm-ae'], ['p-cy']),
    interaction('s3', 'acc-solo', 'MEETING', 'MUTUAL', 40, ['tm-ae'], ['p-cy']),
    interaction('s4', 'acc-solo', 'EMAIL', 'INBOUND', 70, ['tm-ae'], ['p-cy']),
    interaction('d1', 'acc-solo', 'EMAIL', 'OUTBOUND', 8, ['tm-ae'], ['p-dee']),
  );
  records.subscriptions.push(
    subscription('sub-acme-core', 'acc-acme', 150_000),
    subscription('sub-acme-ops', 'acc-acme', 50_000, 'bu-acme-ops'),
    subscription('sub-acme-old', 'acc-acme', 9_000, null, 'CANCELLED'),
    subscription('sub-solo', 'acc-solo', 30_000),
    subscription('sub-quiet', 'acc-quiet', 10_000),
  );
  const opportunity = (
    id: string,
    type: 'RENEWAL' | 'EXPANSION',
    status: 'OPEN' | 'WON',
    amount: number,
    closeDate: string,
  ): PortfolioRecords['opportunities'][number] => ({
    id,
    accountId: 'acc-acme',
    productId: 'prod-core',
    ownerId: 'tm-ae',
    name: `Acme ${id}`,
    type,
    stage: status === 'OPEN' ? 'Proposal' : 'Closed Won',
    status,
    amount,
    closeDate,
  });
  records.opportunities.push(
    opportunity('opp-renewal', 'RENEWAL', 'OPEN', 200_000, '2027-01-01'),
    opportunity('opp-expansion', 'EXPANSION', 'OPEN', 40_000, '2027-02-01'),
    opportunity('opp-won', 'EXPANSION', 'WON', 10_000, '2026-06-01'),
  );
  records.opportunityContactRoles.push(
    { opportunityId: 'opp-renewal', personId: 'p-sam', role: 'CHAMPION', isPrimary: true },
    { opportunityId: 'opp-renewal', personId: 'p-felix', role: 'ECONOMIC_BUYER', isPrimary: false },
    { opportunityId: 'opp-expansion', personId: 'p-sam', role: 'CHAMPION', isPrimary: true },
    { opportunityId: 'opp-expansion', personId: 'p-ana', role: 'END_USER', isPrimary: false },
    { opportunityId: 'opp-won', personId: 'p-sam', role: 'CHAMPION', isPrimary: true },
  );
  records.objectives.push(
    {
      id: 'obj-cycle',
      accountId: 'acc-acme',
      ownerPersonId: 'p-sam',
      title: 'Cut order-to-ship time by 30%',
      metric: null,
      targetValue: 30,
      dueDate: '2027-06-30',
      status: 'ACTIVE',
    },
    {
      id: 'obj-done',
      accountId: 'acc-acme',
      ownerPersonId: 'p-sam',
      title: 'Roll out to Operations',
      metric: null,
      targetValue: null,
      dueDate: '2026-03-31',
      status: 'ACHIEVED',
    },
  );
  const ticket = (id: string, raisedById: string, days: number): PortfolioRecords['tickets'][number] => ({
    id,
    accountId: 'acc-acme',
    raisedById,
    subject: null,
    severity: 'MEDIUM',
    status: 'CLOSED',
    sentiment: 0,
    escalated: false,
    openedAt: daysBefore(days),
    closedAt: null,
  });
  records.tickets.push(
    ticket('t-ian-1', 'p-ian', 40),
    ticket('t-ian-2', 'p-ian', 200),
    ticket('t-ana', 'p-ana', 10),
  );
  return records;
}
