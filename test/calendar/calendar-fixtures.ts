import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import type { SeniorityLevel, StakeholderRole } from '../../src/domain/vocabulary';

/** The engagement calendar tests plan on Monday 2026-11-23, at noon (UTC). */
export const CALENDAR_DAY = '2026-11-23';
export const calendarClock = (): Date => new Date(`${CALENDAR_DAY}T12:00:00Z`);

/**
 * Calloway Foods (acc-cal, MID_MARKET), whose calendar is worked out by hand in
 * test/calendar/engagement-calendar.int.test.ts. Our team: tm-ae (ACCOUNT_OWNER), tm-csm (CSM),
 * tm-exec (EXECUTIVE_SPONSOR), all with emails.
 *
 *   Clara Chen   CEO              C_LEVEL   EXECUTIVE_SPONSOR  8 mutual meetings with tm-exec, 11-09…11-16 10:00
 *   Victor Vale  CFO              C_LEVEL   ECONOMIC_BUYER     never met (strength 0)
 *   Dana Diaz    Director of FP&A DIRECTOR  CHAMPION           8 mutual meetings with tm-csm, 11-09…11-16 14:00
 *   Pat Park     IT Manager       MANAGER   was CHAMPION; left on 2026-08-01 (calls with tm-csm in July)
 *   Eli Ebert    Analyst          IC        END_USER           never contacted
 *   Ian Ito      Analyst          IC        —                  one unanswered email (11-02)
 *
 * Reporting: Victor and Pat → Clara; Dana → Victor; Eli and Ian → Dana. The last QBR was on
 * 2026-06-10 (tm-ae, tm-csm with Clara and Dana). Core Platform (100 seats, 60,000) renews on
 * 2027-04-30; no usage is on record, so no expansion play is proposed.
 *
 * Meridian Mills (acc-cal-none, SMB): one person, no QBR ever.
 */
export function calendarPortfolio(): PortfolioRecords {
  const r = emptyPortfolioRecords();
  r.products.push({ id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 600 });
  r.teamMembers.push(
    {
      id: 'tm-ae',
      name: 'Avery Exec',
      email: 'avery@us.example',
      title: 'Account Executive',
      managerId: null,
    },
    { id: 'tm-csm', name: 'Casey Success', email: 'casey@us.example', title: 'CSM', managerId: null },
    { id: 'tm-exec', name: 'Eve Executive', email: 'eve@us.example', title: 'VP Customers', managerId: null },
  );
  const account = (id: string, name: string, segment: 'MID_MARKET' | 'SMB') =>
    r.accounts.push({
      id,
      name,
      industry: 'Food',
      segment,
      region: null,
      employeeCount: 800,
      annualRevenue: null,
      website: null,
      parentId: null,
      customerSince: '2024-01-01',
    });
  account('acc-cal', 'Calloway Foods', 'MID_MARKET');
  account('acc-cal-none', 'Meridian Mills', 'SMB');
  r.coverage.push(
    { teamMemberId: 'tm-ae', accountId: 'acc-cal', role: 'ACCOUNT_OWNER', since: '2024-01-01' },
    { teamMemberId: 'tm-csm', accountId: 'acc-cal', role: 'CSM', since: '2024-01-01' },
    { teamMemberId: 'tm-exec', accountId: 'acc-cal', role: 'EXECUTIVE_SPONSOR', since: '2024-01-01' },
  );
  const person = (
    id: string,
    accountId: string,
    name: string,
    title: string,
    seniority: SeniorityLevel,
    reportsToId: string | null,
    roles: StakeholderRole[],
    extra: { email?: string | null; departedAt?: string } = {},
  ) => {
    r.people.push({
      id,
      accountId,
      businessUnitId: null,
      name,
      email: extra.email === undefined ? `${id}@calloway.example` : extra.email,
      title,
      seniority,
      department: 'Finance',
      reportsToId,
      status: extra.departedAt ? 'DEPARTED' : 'ACTIVE',
      startedAt: '2020-01-01',
      departedAt: extra.departedAt ?? null,
    });
    for (const role of roles) {
      r.roleAssignments.push({
        personId: id,
        accountId,
        role,
        since: '2024-01-01',
        until: extra.departedAt ?? null,
        source: null,
      });
    }
  };
  person('p-clara', 'acc-cal', 'Clara Chen', 'CEO', 'C_LEVEL', null, ['EXECUTIVE_SPONSOR']);
  person('p-victor', 'acc-cal', 'Victor Vale', 'CFO', 'C_LEVEL', 'p-clara', ['ECONOMIC_BUYER']);
  person('p-dana', 'acc-cal', 'Dana Diaz', 'Director of FP&A', 'DIRECTOR', 'p-victor', ['CHAMPION']);
  person('p-pat', 'acc-cal', 'Pat Park', 'IT Manager', 'MANAGER', 'p-clara', ['CHAMPION'], {
    departedAt: '2026-08-01',
  });
  person('p-eli', 'acc-cal', 'Eli Ebert', 'Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'p-dana', ['END_USER'], {
    email: null,
  });
  person('p-ian', 'acc-cal', 'Ian Ito', 'Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'p-dana', [], { email: null });
  person('p-mo', 'acc-cal-none', 'Mo Meridian', 'Owner', 'C_LEVEL', null, ['EXECUTIVE_SPONSOR']);

  let n = 0;
  const interaction = (
    type: 'MEETING' | 'CALL' | 'EMAIL' | 'QBR',
    direction: 'OUTBOUND' | 'INBOUND' | 'MUTUAL',
    occurredAt: string,
    teamMemberIds: string[],
    personIds: string[],
  ) =>
    r.interactions.push({
      id: `int-cal-${String((n += 1)).padStart(2, '0')}`,
      accountId: 'acc-cal',
      type,
      direction,
      occurredAt,
      durationMinutes: type === 'EMAIL' ? null : 30,
      subject: null,
      teamMemberIds,
      personIds,
    });
  for (let day = 9; day <= 16; day += 1) {
    interaction('MEETING', 'MUTUAL', `2026-11-${day}T10:00:00.000Z`, ['tm-exec'], ['p-clara']);
    interaction('MEETING', 'MUTUAL', `2026-11-${day}T14:00:00.000Z`, ['tm-csm'], ['p-dana']);
  }
  interaction('CALL', 'MUTUAL', '2026-07-10T10:00:00.000Z', ['tm-csm'], ['p-pat']);
  interaction('CALL', 'INBOUND', '2026-07-20T10:00:00.000Z', ['tm-csm'], ['p-pat']);
  interaction('EMAIL', 'OUTBOUND', '2026-11-02T09:00:00.000Z', ['tm-csm'], ['p-ian']);
  // The last business review: id int-cal-20.
  interaction('QBR', 'MUTUAL', '2026-06-10T15:00:00.000Z', ['tm-ae', 'tm-csm'], ['p-clara', 'p-dana']);

  r.subscriptions.push(
    {
      id: 'sub-cal-core',
      accountId: 'acc-cal',
      productId: 'prod-core',
      businessUnitId: null,
      seatsLicensed: 100,
      seatsUsed: null,
      arr: 60_000,
      startDate: '2024-05-01',
      renewalDate: '2027-04-30',
      termMonths: 12,
      status: 'ACTIVE',
    },
    {
      id: 'sub-cal-old',
      accountId: 'acc-cal',
      productId: 'prod-core',
      businessUnitId: null,
      seatsLicensed: 10,
      seatsUsed: null,
      arr: 6_000,
      startDate: '2024-01-01',
      renewalDate: '2025-01-01',
      termMonths: 12,
      status: 'CANCELLED',
    },
  );
  return r;
}
