import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import type { SeniorityLevel, StakeholderRole } from '../../src/domain/vocabulary';
import { fixtureBuilders, noonOn, OWNER_AND_CSM, ourTeam } from '../support/fixture-builders';

/** The engagement calendar tests plan on Monday 2026-11-23, at noon (UTC). */
export const CALENDAR_DAY = '2026-11-23';
export const calendarClock = noonOn(CALENDAR_DAY);

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
  r.teamMembers.push(...ourTeam(['tm-ae', 'tm-csm', 'tm-exec'], { emails: true }));
  const b = fixtureBuilders(r, {
    // Roles end the day their holder left.
    roleUntil: (_role, departedAt) => departedAt,
    interactionId: (n) => `int-cal-${String(n).padStart(2, '0')}`,
  });
  b.account('acc-cal', 'Calloway Foods', 'Food', 'MID_MARKET', 800, [
    ...OWNER_AND_CSM,
    ['tm-exec', 'EXECUTIVE_SPONSOR'],
  ]);
  b.account('acc-cal-none', 'Meridian Mills', 'Food', 'SMB', 800, []);
  /** In Finance; email `<id>@calloway.example` unless given. */
  const person = (
    id: string,
    accountId: string,
    name: string,
    title: string,
    seniority: SeniorityLevel,
    reportsToId: string | null,
    roles: StakeholderRole[],
    extra: { email?: string | null; departedAt?: string } = {},
  ) =>
    b.person(
      id,
      accountId,
      name,
      title,
      seniority,
      reportsToId,
      'Finance',
      roles,
      extra.departedAt ?? null,
      extra.email === undefined ? `${id}@calloway.example` : extra.email,
    );
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

  const interaction = (
    type: 'MEETING' | 'CALL' | 'EMAIL' | 'QBR',
    direction: 'OUTBOUND' | 'INBOUND' | 'MUTUAL',
    occurredAt: string,
    teamMemberIds: string[],
    personIds: string[],
  ) =>
    b.interaction({
      accountId: 'acc-cal',
      type,
      direction,
      occurredAt,
      durationMinutes: type === 'EMAIL' ? null : 30,
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

  b.subscription(
    'sub-cal-core',
    'acc-cal',
    'prod-core',
    100,
    60_000,
    '2027-04-30',
    [],
    'ACTIVE',
    '2024-05-01',
  );
  b.subscription('sub-cal-old', 'acc-cal', 'prod-core', 10, 6_000, '2025-01-01', [], 'CANCELLED');
  return r;
}
