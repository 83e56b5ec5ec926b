import type {
  AccountRecord,
  PersonRecord,
  PortfolioRecords,
  SubscriptionRecord,
  UsageSnapshotRecord,
} from '../../src/domain/graph-records';
import type { Segment, SeniorityLevel, StakeholderRole } from '../../src/domain/vocabulary';
import { emptyPortfolio } from './fixtures';

/** Small graphs for whitespace, signals, churn and traversals; each test states its answers from these. */

const account = (
  id: string,
  name: string,
  industry: string,
  segment: Segment,
  employeeCount: number,
  parentId: string | null = null,
): AccountRecord => ({
  id,
  name,
  industry,
  segment,
  region: 'EMEA',
  employeeCount,
  annualRevenue: null,
  website: null,
  parentId,
  customerSince: '2023-01-01',
});

const subscription = (
  id: string,
  accountId: string,
  productId: string,
  seatsLicensed: number,
  arr: number,
  extra: Partial<SubscriptionRecord> = {},
): SubscriptionRecord => ({
  id,
  accountId,
  productId,
  businessUnitId: null,
  seatsLicensed,
  seatsUsed: null,
  arr,
  startDate: '2024-01-01',
  renewalDate: '2027-01-01',
  termMonths: 12,
  status: 'ACTIVE',
  ...extra,
});

const person = (
  id: string,
  accountId: string,
  name: string,
  seniority: SeniorityLevel,
  extra: Partial<PersonRecord> = {},
): PersonRecord => ({
  id,
  accountId,
  businessUnitId: null,
  name,
  email: null,
  title: name,
  seniority,
  department: null,
  reportsToId: null,
  status: 'ACTIVE',
  startedAt: '2020-01-01',
  departedAt: null,
  ...extra,
});

const role = (
  personId: string,
  accountId: string,
  r: StakeholderRole,
  since: string,
  until: string | null = null,
) => ({
  personId,
  accountId,
  role: r,
  since,
  until,
  source: 'crm',
});

const usage = (
  subscriptionId: string,
  date: string,
  licensedSeats: number,
  activeSeats: number,
  extra: Partial<UsageSnapshotRecord> = {},
): UsageSnapshotRecord => ({
  id: `use-${subscriptionId}-${date}`,
  subscriptionId,
  businessUnitId: null,
  date,
  licensedSeats,
  activeSeats,
  featuresAdopted: null,
  featuresAvailable: null,
  ...extra,
});

const CATALOG: Pick<PortfolioRecords, 'products' | 'competitors'> = {
  products: [
    { id: 'prod-core', name: 'Core', family: 'Platform', listPricePerSeat: 500 },
    { id: 'prod-ana', name: 'Analytics', family: 'Analytics', listPricePerSeat: 200 },
    { id: 'prod-auto', name: 'Automation', family: 'Automation', listPricePerSeat: 300 },
    { id: 'prod-sec', name: 'Security', family: 'Security', listPricePerSeat: 100 },
  ],
  competitors: [
    { id: 'comp-lumen', name: 'Lumen', alternativeToProductIds: ['prod-ana'] },
    { id: 'comp-flow', name: 'Flow', alternativeToProductIds: ['prod-auto'] },
  ],
};

/**
 * Whitespace: eight accounts.
 *
 * acc-ws Widget Works (Manufacturing, MID_MARKET, 1,000 employees): units Finance (100), Lab (10),
 *   Operations (400). Owns Core account-wide (150 seats) and Analytics for Finance (40 seats,
 *   8,000). An open opportunity for Security. Flow (an Automation alternative) used in Operations.
 * Peers, Manufacturing MID_MARKET: acc-p1 (800: Core, Analytics 50 seats 9,000, Automation 60
 *   seats 15,000), acc-p2 (1,500: Core, Analytics 100 seats 19,000), acc-p3 (600: Core, Automation
 *   40 seats 12,000), acc-far (3,000, outside ×2 of 1,000: Core, Security 300 seats 27,000).
 * acc-grp Group Holdings (Retail, ENTERPRISE, 5,000; Core), parent of acc-sub Group Sub (Retail,
 *   MID_MARKET, 500; Core; Lumen used account-wide). acc-ret Retail Co (Retail, SMB, 50; Core).
 */
export function whitespacePortfolio(): PortfolioRecords {
  const core = (accountId: string, seats: number) =>
    subscription(`sub-${accountId}-core`, accountId, 'prod-core', seats, seats * 450);
  return {
    ...emptyPortfolio(),
    ...CATALOG,
    accounts: [
      account('acc-ws', 'Widget Works', 'Manufacturing', 'MID_MARKET', 1000),
      account('acc-p1', 'Peer One', 'Manufacturing', 'MID_MARKET', 800),
      account('acc-p2', 'Peer Two', 'Manufacturing', 'MID_MARKET', 1500),
      account('acc-p3', 'Peer Three', 'Manufacturing', 'MID_MARKET', 600),
      account('acc-far', 'Far Peer', 'Manufacturing', 'MID_MARKET', 3000),
      account('acc-grp', 'Group Holdings', 'Retail', 'ENTERPRISE', 5000),
      account('acc-sub', 'Group Sub', 'Retail', 'MID_MARKET', 500, 'acc-grp'),
      account('acc-ret', 'Retail Co', 'Retail', 'SMB', 50),
    ],
    businessUnits: [
      { id: 'bu-ws-ops', accountId: 'acc-ws', name: 'Operations', kind: 'DEPARTMENT', headcount: 400 },
      { id: 'bu-ws-fin', accountId: 'acc-ws', name: 'Finance', kind: 'DEPARTMENT', headcount: 100 },
      { id: 'bu-ws-lab', accountId: 'acc-ws', name: 'Lab', kind: 'BUSINESS_UNIT', headcount: 10 },
    ],
    teamMembers: [{ id: 'tm-ae', name: 'Avery Exec', email: null, title: 'AE', managerId: null }],
    subscriptions: [
      core('acc-ws', 150),
      subscription('sub-ws-ana', 'acc-ws', 'prod-ana', 40, 8000, { businessUnitId: 'bu-ws-fin' }),
      core('acc-p1', 100),
      subscription('sub-p1-ana', 'acc-p1', 'prod-ana', 50, 9000),
      subscription('sub-p1-auto', 'acc-p1', 'prod-auto', 60, 15000),
      core('acc-p2', 200),
      subscription('sub-p2-ana', 'acc-p2', 'prod-ana', 100, 19000),
      core('acc-p3', 80),
      subscription('sub-p3-auto', 'acc-p3', 'prod-auto', 40, 12000),
      core('acc-far', 300),
      subscription('sub-far-sec', 'acc-far', 'prod-sec', 300, 27000),
      // A cancelled subscription is not ownership.
      subscription('sub-far-ana-old', 'acc-far', 'prod-ana', 50, 9000, {
        status: 'CANCELLED',
        renewalDate: '2025-06-01',
      }),
      core('acc-grp', 300),
      core('acc-sub', 60),
      core('acc-ret', 20),
    ],
    opportunities: [
      {
        id: 'opp-ws-sec',
        accountId: 'acc-ws',
        productId: 'prod-sec',
        ownerId: 'tm-ae',
        name: 'Widget Works Security',
        type: 'EXPANSION',
        stage: 'Discovery',
        status: 'OPEN',
        amount: 20000,
        closeDate: '2027-02-01',
      },
      {
        id: 'opp-ws-auto-lost',
        accountId: 'acc-ws',
        productId: 'prod-auto',
        ownerId: 'tm-ae',
        name: 'Widget Works Automation (lost)',
        type: 'EXPANSION',
        stage: 'Closed Lost',
        status: 'LOST',
        amount: 30000,
        closeDate: '2026-01-01',
      },
    ],
    competitorPresence: [
      { accountId: 'acc-ws', competitorId: 'comp-flow', businessUnitId: 'bu-ws-ops', since: '2025-03-01' },
      { accountId: 'acc-sub', competitorId: 'comp-lumen', businessUnitId: null, since: '2024-06-01' },
    ],
  };
}

/**
 * Signals and churn, asOf 2026-11-22.
 *
 * acc-cap Capacity Co: units Finance (100), Marketing (80), Operations (200).
 *   sub-cap-core, Core account-wide, 1,000 seats: 720 active on 2026-05-06, then every 30 days
 *   from 2026-06-05 to 2026-11-02: 750, 780, 810, 840, 870, 900 (one seat a day); 20 of 40
 *   features throughout.
 *   sub-cap-fin, Analytics for Finance, 50 seats: 46 active on 2026-10-03 and 2026-11-02, features
 *   10 then 13 of 20; on 2026-11-02 also 8 seats used by Operations (no Analytics of its own).
 *   sub-cap-mkt, Analytics for Marketing, 50 seats: 5 active on 2026-11-02.
 *   People: CFO (Finance, ECONOMIC_BUYER), Finance director, Finance analyst, VP Marketing,
 *   champion (Operations, MANAGER), three Operations analysts who joined 2026-07-01, 2026-08-15 and
 *   2026-10-01, and one who left on 2026-09-01.
 * acc-red Red Co: sub-red-core, Core, 500 seats, monthly from 2026-04-01: 400, 410, 420, 380,
 *   350, 330, 320, 294. The champion left 2026-10-15 (successor since 2026-11-01; manager the VP);
 *   the executive sponsor left 2025-01-10 (too long ago); the economic buyer left 2026-10-01 (not
 *   a watched role). Tickets: 2026-06-10 LOW 0.4, 2026-07-01 MEDIUM 0.2, 2026-08-01 LOW 0.3 (the
 *   previous 90 days); 2026-09-01 MEDIUM 0.1 (user 2), 2026-09-20 HIGH escalated −0.5 (user 1),
 *   2026-10-10 URGENT escalated −0.8 (user 2), 2026-11-05 HIGH −0.6 (user 1). NPS: 9 (VP) on
 *   2025-05-01, 8 (user 1) on 2025-06-01, 6 (VP) on 2026-03-01, 3 (user 1) on 2026-09-01.
 * acc-amber Amber Co: its executive sponsor left 2026-11-01 and nobody holds the role.
 */
export function signalsPortfolio(): PortfolioRecords {
  const every30 = ['2026-06-05', '2026-07-05', '2026-08-04', '2026-09-03', '2026-10-03', '2026-11-02'];
  const coreFeatures = { featuresAdopted: 20, featuresAvailable: 40 };
  const redMonths = [
    '2026-04-01',
    '2026-05-01',
    '2026-06-01',
    '2026-07-01',
    '2026-08-01',
    '2026-09-01',
    '2026-10-01',
    '2026-11-01',
  ];
  const redSeats = [400, 410, 420, 380, 350, 330, 320, 294];
  const ticket = (
    id: string,
    openedAt: string,
    severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT',
    sentiment: number,
    escalated: boolean,
    raisedById: string | null,
  ) => ({
    id,
    accountId: 'acc-red',
    raisedById,
    subject: null,
    severity,
    status: 'CLOSED' as const,
    sentiment,
    escalated,
    openedAt,
    closedAt: null,
  });
  const nps = (id: string, answeredAt: string, score: number, personId: string) => ({
    id,
    accountId: 'acc-red',
    personId,
    score,
    answeredAt,
    comment: null,
  });
  return {
    ...emptyPortfolio(),
    ...CATALOG,
    accounts: [
      account('acc-cap', 'Capacity Co', 'Logistics', 'ENTERPRISE', 9000),
      account('acc-red', 'Red Co', 'Retail', 'MID_MARKET', 1200),
      account('acc-amber', 'Amber Co', 'Retail', 'SMB', 90),
    ],
    businessUnits: [
      { id: 'bu-cap-fin', accountId: 'acc-cap', name: 'Finance', kind: 'DEPARTMENT', headcount: 100 },
      { id: 'bu-cap-mkt', accountId: 'acc-cap', name: 'Marketing', kind: 'DEPARTMENT', headcount: 80 },
      { id: 'bu-cap-ops', accountId: 'acc-cap', name: 'Operations', kind: 'DEPARTMENT', headcount: 200 },
    ],
    people: [
      person('per-cfo', 'acc-cap', 'Cora CFO', 'C_LEVEL', { businessUnitId: 'bu-cap-fin' }),
      person('per-fin-dir', 'acc-cap', 'Finn Director', 'DIRECTOR', {
        businessUnitId: 'bu-cap-fin',
        reportsToId: 'per-cfo',
        startedAt: '2021-01-01',
      }),
      person('per-fin-ic', 'acc-cap', 'Fay Analyst', 'INDIVIDUAL_CONTRIBUTOR', {
        businessUnitId: 'bu-cap-fin',
        startedAt: '2022-01-01',
      }),
      person('per-mkt-vp', 'acc-cap', 'Mia Marketing', 'VP', {
        businessUnitId: 'bu-cap-mkt',
        startedAt: '2019-01-01',
      }),
      person('per-champ', 'acc-cap', 'Chad Champion', 'MANAGER', { businessUnitId: 'bu-cap-ops' }),
      person('per-ops-1', 'acc-cap', 'Ola One', 'INDIVIDUAL_CONTRIBUTOR', {
        businessUnitId: 'bu-cap-ops',
        startedAt: '2026-07-01',
      }),
      person('per-ops-2', 'acc-cap', 'Otto Two', 'INDIVIDUAL_CONTRIBUTOR', {
        businessUnitId: 'bu-cap-ops',
        startedAt: '2026-08-15',
      }),
      person('per-ops-3', 'acc-cap', 'Oona Three', 'INDIVIDUAL_CONTRIBUTOR', {
        businessUnitId: 'bu-cap-ops',
        startedAt: '2026-10-01',
      }),
      person('per-ops-old', 'acc-cap', 'Olaf Gone', 'INDIVIDUAL_CONTRIBUTOR', {
        businessUnitId: 'bu-cap-ops',
        startedAt: '2019-01-01',
        status: 'DEPARTED',
        departedAt: '2026-09-01',
      }),
      person('per-red-vp', 'acc-red', 'Vera VP', 'VP'),
      person('per-red-champ', 'acc-red', 'Cal Champion', 'DIRECTOR', {
        reportsToId: 'per-red-vp',
        status: 'DEPARTED',
        departedAt: '2026-10-15',
      }),
      person('per-red-new', 'acc-red', 'Nina New', 'DIRECTOR', { reportsToId: 'per-red-vp' }),
      person('per-red-sponsor', 'acc-red', 'Sam Sponsor', 'C_LEVEL', {
        status: 'DEPARTED',
        departedAt: '2025-01-10',
      }),
      person('per-red-eb', 'acc-red', 'Ed Buyer', 'C_LEVEL', {
        status: 'DEPARTED',
        departedAt: '2026-10-01',
      }),
      person('per-red-user', 'acc-red', 'Uma User', 'INDIVIDUAL_CONTRIBUTOR'),
      person('per-red-user2', 'acc-red', 'Ugo User', 'INDIVIDUAL_CONTRIBUTOR'),
      person('per-amber-sponsor', 'acc-amber', 'Ann Sponsor', 'C_LEVEL', {
        status: 'DEPARTED',
        departedAt: '2026-11-01',
      }),
    ],
    roleAssignments: [
      role('per-cfo', 'acc-cap', 'ECONOMIC_BUYER', '2024-01-01'),
      role('per-champ', 'acc-cap', 'CHAMPION', '2024-01-01'),
      role('per-red-champ', 'acc-red', 'CHAMPION', '2024-01-01', '2026-10-15'),
      role('per-red-new', 'acc-red', 'CHAMPION', '2026-11-01'),
      role('per-red-sponsor', 'acc-red', 'EXECUTIVE_SPONSOR', '2023-01-01', '2025-01-10'),
      role('per-red-eb', 'acc-red', 'ECONOMIC_BUYER', '2023-01-01', '2026-10-01'),
      role('per-amber-sponsor', 'acc-amber', 'EXECUTIVE_SPONSOR', '2024-01-01', '2026-11-01'),
    ],
    subscriptions: [
      subscription('sub-cap-core', 'acc-cap', 'prod-core', 1000, 400000),
      subscription('sub-cap-fin', 'acc-cap', 'prod-ana', 50, 9000, { businessUnitId: 'bu-cap-fin' }),
      subscription('sub-cap-mkt', 'acc-cap', 'prod-ana', 50, 9000, { businessUnitId: 'bu-cap-mkt' }),
      subscription('sub-red-core', 'acc-red', 'prod-core', 500, 200000),
    ],
    usageSnapshots: [
      usage('sub-cap-core', '2026-05-06', 1000, 720, coreFeatures),
      ...every30.map((date, i) => usage('sub-cap-core', date, 1000, 750 + 30 * i, coreFeatures)),
      usage('sub-cap-fin', '2026-10-03', 50, 46, {
        businessUnitId: 'bu-cap-fin',
        featuresAdopted: 10,
        featuresAvailable: 20,
      }),
      usage('sub-cap-fin', '2026-11-02', 50, 46, {
        businessUnitId: 'bu-cap-fin',
        featuresAdopted: 13,
        featuresAvailable: 20,
      }),
      usage('sub-cap-fin', '2026-11-02', 50, 8, {
        id: 'use-cap-fin-ops-2026-11-02',
        businessUnitId: 'bu-cap-ops',
      }),
      usage('sub-cap-mkt', '2026-11-02', 50, 5, { businessUnitId: 'bu-cap-mkt' }),
      ...redMonths.map((date, i) => usage('sub-red-core', date, 500, redSeats[i]!)),
    ],
    tickets: [
      ticket('tkt-1', '2026-06-10T10:00:00Z', 'LOW', 0.4, false, 'per-red-user'),
      ticket('tkt-2', '2026-07-01T10:00:00Z', 'MEDIUM', 0.2, false, 'per-red-user'),
      ticket('tkt-3', '2026-08-01T10:00:00Z', 'LOW', 0.3, false, 'per-red-user'),
      ticket('tkt-4', '2026-09-01T10:00:00Z', 'MEDIUM', 0.1, false, 'per-red-user2'),
      ticket('tkt-5', '2026-09-20T10:00:00Z', 'HIGH', -0.5, true, 'per-red-user'),
      ticket('tkt-6', '2026-10-10T10:00:00Z', 'URGENT', -0.8, true, 'per-red-user2'),
      ticket('tkt-7', '2026-11-05T10:00:00Z', 'HIGH', -0.6, false, 'per-red-user'),
    ],
    npsResponses: [
      nps('nps-1', '2025-05-01T09:00:00Z', 9, 'per-red-vp'),
      nps('nps-2', '2025-06-01T09:00:00Z', 8, 'per-red-user'),
      nps('nps-3', '2026-03-01T09:00:00Z', 6, 'per-red-vp'),
      nps('nps-4', '2026-09-01T09:00:00Z', 3, 'per-red-user'),
    ],
  };
}

/**
 * Traversals at acc-tr:
 *   reporting: CFO and CTO report to the CEO; the director to the CFO; the analyst to the
 *   director; the engineer to the CTO.
 *   influence: analyst → director 0.9, director → CFO 0.8, analyst → CTO 0.5, CTO → CFO 0.6,
 *   CFO → CEO 0.7, engineer → analyst 0.4.
 *   our team: tm-b reports to tm-a. tm-a met the director twice (2026-10-01, 2026-11-01);
 *   tm-b met the engineer (2026-09-01) and the analyst with the engineer (2026-10-15).
 * acc-tr2: p-other, met by tm-a on 2026-08-01.
 */
export function traversalPortfolio(): PortfolioRecords {
  const at = (id: string, name: string, reportsToId: string | null) =>
    person(id, 'acc-tr', name, 'MANAGER', { reportsToId });
  const influence = (from: string, to: string, weight: number) => ({
    fromPersonId: from,
    toPersonId: to,
    weight,
    kind: 'INFORMAL' as const,
    source: null,
  });
  const meeting = (
    id: string,
    accountId: string,
    teamMemberId: string,
    personIds: string[],
    occurredAt: string,
  ) => ({
    id,
    accountId,
    type: 'MEETING' as const,
    direction: 'MUTUAL' as const,
    occurredAt,
    durationMinutes: 30,
    subject: null,
    teamMemberIds: [teamMemberId],
    personIds,
  });
  return {
    ...emptyPortfolio(),
    accounts: [
      account('acc-tr', 'Trail Co', 'Software', 'MID_MARKET', 700),
      account('acc-tr2', 'Other Co', 'Software', 'SMB', 40),
    ],
    people: [
      at('p-ceo', 'Cleo CEO', null),
      at('p-cfo', 'Fred CFO', 'p-ceo'),
      at('p-cto', 'Tina CTO', 'p-ceo'),
      at('p-dir', 'Dora Director', 'p-cfo'),
      at('p-ana', 'Andy Analyst', 'p-dir'),
      at('p-eng', 'Eve Engineer', 'p-cto'),
      person('p-other', 'acc-tr2', 'Otis Other', 'C_LEVEL'),
    ],
    influences: [
      influence('p-ana', 'p-dir', 0.9),
      influence('p-dir', 'p-cfo', 0.8),
      influence('p-ana', 'p-cto', 0.5),
      influence('p-cto', 'p-cfo', 0.6),
      influence('p-cfo', 'p-ceo', 0.7),
      influence('p-eng', 'p-ana', 0.4),
    ],
    teamMembers: [
      { id: 'tm-a', name: 'Ada Account', email: null, title: 'AE', managerId: null },
      { id: 'tm-b', name: 'Ben Success', email: null, title: 'CSM', managerId: 'tm-a' },
    ],
    interactions: [
      meeting('i-1', 'acc-tr', 'tm-a', ['p-dir'], '2026-10-01T10:00:00Z'),
      meeting('i-2', 'acc-tr', 'tm-a', ['p-dir'], '2026-11-01T10:00:00Z'),
      meeting('i-3', 'acc-tr', 'tm-b', ['p-eng'], '2026-09-01T10:00:00Z'),
      meeting('i-4', 'acc-tr', 'tm-b', ['p-ana', 'p-eng'], '2026-10-15T10:00:00Z'),
      meeting('i-5', 'acc-tr2', 'tm-a', ['p-other'], '2026-08-01T10:00:00Z'),
    ],
  };
}
