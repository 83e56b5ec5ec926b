import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';

/**
 * A small portfolio built by hand, so tests can state their expected answers exactly.
 *
 * Northwind Health (acc-nw, ENTERPRISE, parent of acc-nw-labs):
 *   Clara Chen (CEO) ← Victor Vale (CFO, ECONOMIC_BUYER) ← Dana Diaz (Dir. FP&A, CHAMPION)
 *                                                        ← Eli Ebert (Analyst, END_USER)
 *   Clara Chen ← Olga Ortiz (CIO, DECISION_MAKER) ← Pat Park (IT Manager, DEPARTED, was CHAMPION)
 *   Influence: Eli → Olga (0.8, INFORMAL), Dana → Victor (0.6, FORMAL)
 *   Our team: tm-ae (ACCOUNT_OWNER), tm-csm (CSM); interactions: tm-ae+Dana ×3 (one OUTBOUND
 *   email, a MUTUAL meeting, an INBOUND call), tm-csm+Eli ×1 (OUTBOUND email).
 *   Subscriptions: core 100 seats 60,000 ACTIVE; analytics 20 seats 10,000 CANCELLED.
 * Northwind Labs (acc-nw-labs, MID_MARKET, subsidiary): one person, 25,000 ARR.
 * Zephyr Retail (acc-zr, SMB): one person, no subscription.
 */
export function handBuiltPortfolio(): PortfolioRecords {
  const person = (
    id: string,
    accountId: string,
    name: string,
    title: string,
    seniority: 'C_LEVEL' | 'VP' | 'DIRECTOR' | 'MANAGER' | 'INDIVIDUAL_CONTRIBUTOR',
    reportsToId: string | null,
    extra: Partial<PortfolioRecords['people'][number]> = {},
  ): PortfolioRecords['people'][number] => ({
    id,
    accountId,
    businessUnitId: null,
    name,
    email: `${id}@example.com`,
    title,
    seniority,
    department: null,
    reportsToId,
    status: 'ACTIVE',
    startedAt: '2020-01-01',
    departedAt: null,
    ...extra,
  });
  const account = (
    id: string,
    name: string,
    segment: 'ENTERPRISE' | 'MID_MARKET' | 'SMB',
    employeeCount: number,
    parentId: string | null,
  ): PortfolioRecords['accounts'][number] => ({
    id,
    name,
    industry: segment === 'SMB' ? 'Retail' : 'Healthcare',
    segment,
    region: 'EMEA',
    employeeCount,
    annualRevenue: employeeCount * 100_000,
    website: null,
    parentId,
    customerSince: '2022-03-01',
  });
  const interaction = (
    id: string,
    teamMemberId: string,
    personId: string,
    type: 'EMAIL' | 'MEETING' | 'CALL',
    direction: 'OUTBOUND' | 'INBOUND' | 'MUTUAL',
    occurredAt: string,
  ): PortfolioRecords['interactions'][number] => ({
    id,
    accountId: 'acc-nw',
    type,
    direction,
    occurredAt,
    durationMinutes: type === 'EMAIL' ? null : 30,
    subject: null,
    teamMemberIds: [teamMemberId],
    personIds: [personId],
  });
  return {
    products: [
      { id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 600 },
      { id: 'prod-analytics', name: 'Analytics', family: 'Add-on', listPricePerSeat: 500 },
    ],
    competitors: [{ id: 'comp-rival', name: 'Rival Analytics', alternativeToProductIds: ['prod-analytics'] }],
    teamMembers: [
      { id: 'tm-ae', name: 'Avery Exec', email: null, title: 'Account Executive', managerId: null },
      { id: 'tm-csm', name: 'Casey Success', email: null, title: 'CSM', managerId: 'tm-ae' },
    ],
    accounts: [
      account('acc-nw-labs', 'Northwind Labs', 'MID_MARKET', 300, 'acc-nw'),
      account('acc-nw', 'Northwind Health', 'ENTERPRISE', 12_000, null),
      account('acc-zr', 'Zephyr Retail', 'SMB', 40, null),
    ],
    businessUnits: [
      { id: 'bu-nw-fin', accountId: 'acc-nw', name: 'Finance', kind: 'DEPARTMENT', headcount: 120 },
      { id: 'bu-nw-it', accountId: 'acc-nw', name: 'IT', kind: 'DEPARTMENT', headcount: 300 },
    ],
    people: [
      person('p-dana', 'acc-nw', 'Dana Diaz', 'Director of FP&A', 'DIRECTOR', 'p-victor', {
        businessUnitId: 'bu-nw-fin',
        department: 'Finance',
      }),
      person('p-clara', 'acc-nw', 'Clara Chen', 'CEO', 'C_LEVEL', null),
      person('p-victor', 'acc-nw', 'Victor Vale', 'CFO', 'C_LEVEL', 'p-clara', { department: 'Finance' }),
      person('p-eli', 'acc-nw', 'Eli Ebert', 'Financial Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'p-dana', {
        businessUnitId: 'bu-nw-fin',
        department: 'Finance',
      }),
      person('p-olga', 'acc-nw', 'Olga Ortiz', 'CIO', 'C_LEVEL', 'p-clara', { businessUnitId: 'bu-nw-it' }),
      person('p-pat', 'acc-nw', 'Pat Park', 'IT Manager', 'MANAGER', 'p-olga', {
        status: 'DEPARTED',
        departedAt: '2026-10-01',
        businessUnitId: 'bu-nw-it',
      }),
      person('p-lou', 'acc-nw-labs', 'Lou Lab', 'Lab Director', 'DIRECTOR', null),
      person('p-zoe', 'acc-zr', 'Zoe Zephyr', 'Owner', 'C_LEVEL', null),
    ],
    roleAssignments: [
      {
        personId: 'p-victor',
        accountId: 'acc-nw',
        role: 'ECONOMIC_BUYER',
        since: '2022-03-01',
        until: null,
        source: 'crm',
      },
      {
        personId: 'p-dana',
        accountId: 'acc-nw',
        role: 'CHAMPION',
        since: '2026-10-01',
        until: null,
        source: 'crm',
      },
      {
        personId: 'p-eli',
        accountId: 'acc-nw',
        role: 'END_USER',
        since: '2022-03-01',
        until: null,
        source: null,
      },
      {
        personId: 'p-olga',
        accountId: 'acc-nw',
        role: 'DECISION_MAKER',
        since: '2022-03-01',
        until: null,
        source: null,
      },
      {
        personId: 'p-pat',
        accountId: 'acc-nw',
        role: 'CHAMPION',
        since: '2022-03-01',
        until: '2026-10-01',
        source: null,
      },
    ],
    influences: [
      { fromPersonId: 'p-eli', toPersonId: 'p-olga', weight: 0.8, kind: 'INFORMAL', source: 'analyst' },
      { fromPersonId: 'p-dana', toPersonId: 'p-victor', weight: 0.6, kind: 'FORMAL', source: null },
    ],
    coverage: [
      { teamMemberId: 'tm-ae', accountId: 'acc-nw', role: 'ACCOUNT_OWNER', since: '2022-03-01' },
      { teamMemberId: 'tm-csm', accountId: 'acc-nw', role: 'CSM', since: '2023-01-01' },
    ],
    interactions: [
      interaction('i-1', 'tm-ae', 'p-dana', 'EMAIL', 'OUTBOUND', '2026-09-01T10:00:00Z'),
      interaction('i-2', 'tm-ae', 'p-dana', 'MEETING', 'MUTUAL', '2026-10-15T14:00:00Z'),
      interaction('i-3', 'tm-ae', 'p-dana', 'CALL', 'INBOUND', '2026-11-10T09:30:00Z'),
      interaction('i-4', 'tm-csm', 'p-eli', 'EMAIL', 'OUTBOUND', '2026-11-01T08:00:00Z'),
      interaction('i-old', 'tm-csm', 'p-eli', 'EMAIL', 'OUTBOUND', '2024-01-01T08:00:00Z'),
    ],
    subscriptions: [
      {
        id: 'sub-nw-core',
        accountId: 'acc-nw',
        productId: 'prod-core',
        businessUnitId: null,
        seatsLicensed: 100,
        seatsUsed: 92,
        arr: 60_000,
        startDate: '2025-01-01',
        renewalDate: '2027-01-01',
        termMonths: 24,
        status: 'ACTIVE',
      },
      {
        id: 'sub-nw-analytics',
        accountId: 'acc-nw',
        productId: 'prod-analytics',
        businessUnitId: 'bu-nw-fin',
        seatsLicensed: 20,
        seatsUsed: 5,
        arr: 10_000,
        startDate: '2024-01-01',
        renewalDate: '2025-01-01',
        termMonths: 12,
        status: 'CANCELLED',
      },
      {
        id: 'sub-labs-core',
        accountId: 'acc-nw-labs',
        productId: 'prod-core',
        businessUnitId: null,
        seatsLicensed: 50,
        seatsUsed: null,
        arr: 25_000,
        startDate: '2025-06-01',
        renewalDate: '2026-06-01',
        termMonths: 12,
        status: 'ACTIVE',
      },
    ],
    usageSnapshots: [],
    tickets: [],
    npsResponses: [],
    personUsage: [],
    opportunities: [],
    opportunityContactRoles: [],
    competitorPresence: [],
    objectives: [],
  };
}

/** An empty portfolio to extend in a test. */
export const emptyPortfolio = emptyPortfolioRecords;
