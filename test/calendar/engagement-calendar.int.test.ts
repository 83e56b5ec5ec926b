import type { RunningApp } from '../../src/app';
import { CalendarRepository } from '../../src/repositories/calendar.repository';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { calendarClock, calendarPortfolio } from './calendar-fixtures';

interface Touchpoint {
  id: string;
  date: string;
  kind: string;
  channel: string;
  level: string | null;
  people: { personId: string; level: string; stakeholder: { name: string; status: string } }[];
  owner: { teamMemberId: string; role: string; standsInFor: string | null } | null;
  team: { teamMemberId: string }[];
  why: {
    summary: string;
    ruleDate: string | null;
    overdueDays: number | null;
    cadence: Record<string, unknown> | null;
    qbr: Record<string, unknown> | null;
    renewal: Record<string, unknown> | null;
    playStep: Record<string, unknown> | null;
    thread: Record<string, unknown> | null;
    notes: string[];
  };
}
interface Calendar {
  accountName: string;
  asOf: string;
  from: string;
  to: string;
  touchpoints: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: Touchpoint }[];
  };
  threadsByLevel: {
    level: string;
    state: string;
    people: number;
    engaged: { personId: string; strength: number }[];
    touchpoints: number;
    newThreadTouchpointId: string | null;
  }[];
  uncoveredLevels: string[];
  byOwner: { teamMemberId: string | null; touchpoints: number }[];
  notScheduled: { personId: string; reason: string }[];
  dataGaps: string[];
}

const CALENDAR = `query($id: ID!, $from: LocalDate, $to: LocalDate, $asOf: LocalDate, $first: Int, $after: String, $kind: TouchpointKind) {
  engagementCalendar(accountId: $id, from: $from, to: $to, asOf: $asOf) {
    accountName asOf from to
    touchpoints(first: $first, after: $after, kind: $kind) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        id date kind channel level
        people { personId level stakeholder { name status } }
        owner { teamMemberId role standsInFor } team { teamMemberId }
        why { summary ruleDate overdueDays notes
          cadence { governingRole baseCadenceDays cadenceDays desiredStrength actualStrength strengthGap lastContactAt lastContactInteractionId occurrence countsFromDate countsFromTouchpointId }
          qbr { segment intervalDays lastQbrAt lastQbrId occurrence vacantRoles }
          renewal { renewalDate subscriptionIds products arr leadDays milestone }
          playStep { source playId playKind playTrigger stepKey dueDate }
          thread { level reason strength roles alternativeIds } }
      } }
    }
    threadsByLevel { level state people engaged { personId strength } touchpoints newThreadTouchpointId }
    uncoveredLevels
    byOwner { teamMemberId touchpoints }
    notScheduled { personId reason }
    dataGaps
  } }`;

/**
 * Calloway Foods (test/calendar/calendar-fixtures.ts), planned on Monday 2026-11-23 for the
 * default 90 days (to Sunday 2027-02-21). Health puts it GREEN without usage on record, so the
 * plays service proposes its stabilisation play, started on asOf: health review +3 days (11-26,
 * TASK), adoption with Dana +14 (12-07), relationships with Clara +21 (12-14), renewal with Victor
 * and the re-check +30 (12-23) — steps from plays config, dates asOf + dueInDays.
 */
describe('the engagement calendar on a hand-built account', () => {
  let app: RunningApp;
  const tenant = testTenant('calendar');
  const token = tokenFor(tenant);
  let touchpoints: Touchpoint[];
  let calendar: Calendar;
  const read = async (variables: Record<string, unknown>) =>
    gql<{ engagementCalendar: Calendar }>(app, CALENDAR, { first: 100, ...variables }, token);

  beforeAll(async () => {
    app = await startTestApp({}, calendarClock);
    await seedTenant(app.db, tenant, calendarPortfolio());
    const result = await read({ id: 'acc-cal' });
    expect(result.errors).toBeUndefined();
    calendar = result.data!.engagementCalendar;
    touchpoints = calendar.touchpoints.edges.map((e) => e.node);
  }, 300_000);
  afterAll(() => app.stop());

  const one = (id: string) => touchpoints.find((t) => t.id === id)!;

  it('plans the default window with every touchpoint on its hand-worked date', () => {
    expect([calendar.accountName, calendar.asOf, calendar.from, calendar.to]).toEqual([
      'Calloway Foods',
      '2026-11-23',
      '2026-11-23',
      '2027-02-21',
    ]);
    expect(touchpoints.map((t) => [t.date, t.kind, t.id])).toEqual([
      // Victor (economic buyer) was never met: strength 0, gap 60 → max(7, round(60 × (1 − 0.5 × 60/60))) = 30
      // days, and no contact to count from: as soon as possible. His next (11-23 + 30 = 12-23) is overtaken by the
      // QBR (12-09), then the renewal step (12-23), then the value review (01-29); 01-29 + 30 is after the window.
      ['2026-11-23', 'RELATIONSHIP_GAP', 'acc-cal:cadence:p-victor:1'],
      // Due 2026-11-26, Thanksgiving (a US public holiday): the business day before.
      ['2026-11-25', 'PLAY_STEP', 'acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_HEALTH_REVIEW'],
      // Nobody at practitioner level is engaged or on the calendar: a thread 7 days in, with Eli (an end user)
      // before Ian (no role).
      ['2026-11-30', 'NEW_THREAD', 'acc-cal:new-thread:PRACTITIONER'],
      ['2026-12-07', 'PLAY_STEP', 'acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_ADOPTION'],
      // MID_MARKET: every 182 days from the QBR on 2026-06-10 → 12-09; the next (2027-06-09) is after the window.
      ['2026-12-09', 'QBR', 'acc-cal:qbr:1'],
      ['2026-12-14', 'PLAY_STEP', 'acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_RELATIONSHIPS'],
      // Dana (champion, every 14 days, strength above 70): 11-16 + 14 = 11-30, overtaken by the adoption step on
      // 12-07 and the QBR on 12-09; 12-09 + 14 = 12-23, then 01-06, 01-20; 02-03 is overtaken by the value
      // review on 01-29 → 02-12; 02-26 is after the window.
      ['2026-12-23', 'CADENCE_CHECK_IN', 'acc-cal:cadence:p-dana:1'],
      ['2026-12-23', 'PLAY_STEP', 'acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_RECHECK'],
      ['2026-12-23', 'PLAY_STEP', 'acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_RENEWAL'],
      // Core renews on 2027-04-30: − 120 days = 2026-12-31; − 90 = Saturday 2027-01-30 → Friday 01-29;
      // − 60 = 03-01, after the window.
      ['2026-12-31', 'RENEWAL_MILESTONE', 'acc-cal:renewal:2027-04-30:120'],
      ['2027-01-06', 'CADENCE_CHECK_IN', 'acc-cal:cadence:p-dana:2'],
      ['2027-01-20', 'CADENCE_CHECK_IN', 'acc-cal:cadence:p-dana:3'],
      ['2027-01-29', 'RENEWAL_MILESTONE', 'acc-cal:renewal:2027-04-30:90'],
      ['2027-02-12', 'CADENCE_CHECK_IN', 'acc-cal:cadence:p-dana:4'],
    ]);
    // Clara (sponsor, every 90 days, strength above 60): 11-16 + 90 = 2027-02-14, but the QBR on 12-09 comes
    // first; 12-09 + 90 is after the window. Pat left: nobody who left is ever on the calendar.
    const invited = touchpoints.flatMap((t) => t.people.map((p) => p.personId));
    expect(
      touchpoints.filter((t) => t.people.some((p) => p.personId === 'p-clara')).map((t) => t.id),
    ).toEqual(['acc-cal:qbr:1', 'acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_RELATIONSHIPS']);
    expect(invited).not.toContain('p-pat');
    expect(touchpoints.flatMap((t) => t.people.map((p) => p.stakeholder.status))).not.toContain('DEPARTED');
  });

  it('explains the gap, the cadence and what each counts from', () => {
    const gap = one('acc-cal:cadence:p-victor:1');
    expect(gap).toMatchObject({
      channel: 'MEETING',
      level: 'EXECUTIVE',
      owner: { teamMemberId: 'tm-ae', role: 'ACCOUNT_OWNER' },
    });
    expect(gap.why).toMatchObject({
      ruleDate: null,
      overdueDays: null,
      cadence: {
        governingRole: 'ECONOMIC_BUYER',
        baseCadenceDays: 60,
        cadenceDays: 30,
        desiredStrength: 60,
        actualStrength: 0,
        strengthGap: 60,
        lastContactAt: null,
        occurrence: 1,
      },
    });
    const dana = one('acc-cal:cadence:p-dana:1');
    expect(dana).toMatchObject({ channel: 'CALL', level: 'MANAGEMENT', owner: { teamMemberId: 'tm-csm' } });
    expect(dana.why.cadence).toMatchObject({
      governingRole: 'CHAMPION',
      cadenceDays: 14,
      strengthGap: 0,
      // int-cal-16 is the last of her eight meetings, 11-16 at 14:00.
      lastContactAt: '2026-11-16T14:00:00.000Z',
      lastContactInteractionId: 'int-cal-16',
      countsFromDate: '2026-12-09',
      countsFromTouchpointId: 'acc-cal:qbr:1',
    });
    expect(one('acc-cal:cadence:p-dana:2').why.cadence).toMatchObject({
      occurrence: 2,
      countsFromTouchpointId: 'acc-cal:cadence:p-dana:1',
    });
  });

  it('invites the QBR roles and our team to the business review', () => {
    const qbr = one('acc-cal:qbr:1');
    expect(qbr.people.map((p) => p.personId)).toEqual(['p-clara', 'p-victor', 'p-dana']);
    expect([qbr.owner?.teamMemberId, qbr.team.map((m) => m.teamMemberId)]).toEqual([
      'tm-ae',
      ['tm-exec', 'tm-csm'],
    ]);
    expect(qbr.why.qbr).toEqual({
      segment: 'MID_MARKET',
      intervalDays: 182,
      lastQbrAt: '2026-06-10T15:00:00.000Z',
      lastQbrId: 'int-cal-20',
      occurrence: 1,
      vacantRoles: [],
    });
    const review = one('acc-cal:renewal:2027-04-30:90');
    expect(review.why.renewal).toEqual({
      renewalDate: '2027-04-30',
      subscriptionIds: ['sub-cal-core'],
      products: ['Core Platform'],
      arr: 60000,
      leadDays: 90,
      milestone: 'Value review',
    });
    expect(review.why.ruleDate).toBe('2027-01-30');
    expect(one('acc-cal:play:STABILISATION:HEALTH_BAND:STABILISE_RENEWAL').why.playStep).toEqual({
      source: 'RECOMMENDED',
      playId: null,
      playKind: 'STABILISATION',
      playTrigger: 'HEALTH_BAND',
      stepKey: 'STABILISE_RENEWAL',
      dueDate: '2026-12-23',
    });
  });

  it('threads the three levels and names who is not scheduled', () => {
    expect(
      calendar.threadsByLevel.map((l) => [
        l.level,
        l.state,
        l.people,
        l.engaged.map((e) => e.personId),
        l.touchpoints,
      ]),
    ).toEqual([
      // Victor's gap meeting, the QBR, the relationships and renewal steps, the value review.
      ['EXECUTIVE', 'ENGAGED', 2, ['p-clara'], 5],
      // The adoption step, the QBR, Dana's four check-ins, the value review.
      ['MANAGEMENT', 'ENGAGED', 1, ['p-dana'], 7],
      ['PRACTITIONER', 'NEW_THREAD', 2, [], 1],
    ]);
    // Clara: eight mutual meetings 7.1–14.1 days old and the QBR 166 days old: N = 7.650,
    // 100 × (0.3 × 0.947 + 0.3 × 7.650/11.650 + 0.2 × 7.650/8.650 + 0.2 × 6.915/8.650) = 81.8.
    expect(calendar.threadsByLevel[0]!.engaged[0]!.strength).toBe(81.8);
    const thread = one('acc-cal:new-thread:PRACTITIONER');
    expect(thread).toMatchObject({
      channel: 'CALL',
      owner: { teamMemberId: 'tm-csm' },
      people: [{ personId: 'p-eli' }],
    });
    expect(thread.why.thread).toMatchObject({
      level: 'PRACTITIONER',
      roles: ['END_USER'],
      strength: 0,
      alternativeIds: ['p-ian'],
    });
    expect(calendar.uncoveredLevels).toEqual([]);
    expect(calendar.notScheduled).toEqual([
      {
        personId: 'p-eli',
        reason: 'End user with no interaction with our team in the last 90 days: not in the active-user set',
      },
    ]);
    expect(calendar.byOwner).toEqual([
      { teamMemberId: 'tm-csm', touchpoints: 9 },
      { teamMemberId: 'tm-ae', touchpoints: 5 },
      { teamMemberId: 'tm-exec', touchpoints: 0 },
    ]);
    expect(calendar.dataGaps).toEqual([]);
  });

  it('pages and filters the touchpoints', async () => {
    const first = (await read({ id: 'acc-cal', first: 5 })).data!.engagementCalendar.touchpoints;
    expect([first.totalCount, first.pageInfo.hasNextPage, first.edges.length]).toEqual([14, true, 5]);
    const next = (await read({ id: 'acc-cal', first: 5, after: first.pageInfo.endCursor })).data!
      .engagementCalendar.touchpoints;
    expect(next.edges.map((e) => e.node.id)).toEqual(touchpoints.slice(5, 10).map((t) => t.id));
    const cadence = (await read({ id: 'acc-cal', kind: 'CADENCE_CHECK_IN' })).data!.engagementCalendar
      .touchpoints;
    expect(cadence.totalCount).toBe(4);
  });

  it('plans a window asked for, as of a past day', async () => {
    // The QBR (12-09) and the renewal plan (12-31) fall in December whatever the day it is planned on.
    const result = await read({ id: 'acc-cal', asOf: '2026-11-20', from: '2026-12-01', to: '2026-12-31' });
    expect(result.errors).toBeUndefined();
    const planned = result.data!.engagementCalendar;
    expect([planned.asOf, planned.from, planned.to]).toEqual(['2026-11-20', '2026-12-01', '2026-12-31']);
    const nodes = planned.touchpoints.edges.map((e) => e.node);
    expect(
      nodes.filter((t) => t.kind === 'QBR' || t.kind === 'RENEWAL_MILESTONE').map((t) => [t.date, t.id]),
    ).toEqual([
      ['2026-12-09', 'acc-cal:qbr:1'],
      ['2026-12-31', 'acc-cal:renewal:2027-04-30:120'],
    ]);
    expect(nodes.every((t) => t.date >= '2026-12-01' && t.date <= '2026-12-31')).toBe(true);
  });

  it('says what it could not plan for an account with no team, no QBR and one person', async () => {
    const result = await read({ id: 'acc-cal-none', kind: 'QBR' });
    const none = result.data!.engagementCalendar;
    // SMB, no QBR ever: the first one 14 days into the window, 2026-12-07.
    expect(none.touchpoints.edges.map((e) => [e.node.date, e.node.owner])).toEqual([['2026-12-07', null]]);
    expect(none.uncoveredLevels).toEqual(['MANAGEMENT', 'PRACTITIONER']);
    expect(none.dataGaps).toEqual(
      expect.arrayContaining([
        'Nobody on our team covers the account: no touchpoint has an owner',
        'No QBR is on record for the account: the first one is planned 14 days into the window',
      ]),
    );
  });

  it.each([
    [
      { id: 'acc-cal', from: '2026-11-20' },
      'BAD_USER_INPUT',
      'from',
      'from (2026-11-20) must not be before asOf (2026-11-23): a calendar plans ahead',
    ],
    [
      { id: 'acc-cal', from: '2026-12-10', to: '2026-12-01' },
      'BAD_USER_INPUT',
      'to',
      'to (2026-12-01) must not be before from (2026-12-10)',
    ],
    [
      { id: 'acc-cal', to: '2027-11-25' },
      'BAD_USER_INPUT',
      'to',
      'The window from 2026-11-23 to 2027-11-25 is longer than 366 days: ask for a shorter one',
    ],
    [{ id: 'acc-cal', asOf: '2026-11-24' }, 'BAD_USER_INPUT', 'asOf', 'asOf 2026-11-24 is in the future'],
    [{ id: 'acc-nowhere' }, 'NOT_FOUND', undefined, "Account 'acc-nowhere' was not found"],
  ])('refuses %j clearly', async (variables, code, field, message) => {
    const result = await read(variables);
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
  });

  it("keeps to the caller's tenant", async () => {
    const other = await gql(
      app,
      CALENDAR,
      { id: 'acc-cal', first: 1 },
      tokenFor(testTenant('calendar-other')),
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('costs the same queries for any account, whatever its size (no N+1)', async () => {
    const names = async (id: string) => {
      const seen: string[] = [];
      const unsubscribe = app.db.onQuery((event) => {
        if (event.tenantId === tenant) seen.push(event.name);
      });
      try {
        expect((await read({ id })).errors).toBeUndefined();
      } finally {
        unsubscribe();
      }
      return seen.sort();
    };
    const large = await names('acc-cal');
    // The same statements; the request's memo may run a read once where both callers asked for
    // the same rows (the small account's people), so never more statements than the large one.
    const small = await names('acc-cal-none');
    expect([...new Set(small)]).toEqual([...new Set(large)]);
    expect(small.length).toBeLessThanOrEqual(large.length);
    // The calendar reads the account, its team, subscriptions, people, influence and contact, the recorded
    // plays and the last QBR; the plays service reads health's facts and the same account, team, people,
    // influence and contact, which the request's memo answers without running them again; the
    // stakeholder loader's people were read with the calendar's and come from the memo too.
    expect(large).toEqual([
      'account/accounts-by-ids',
      'account/coverage-by-account-ids',
      'account/subscriptions-by-account-ids',
      'calendar/last-qbr-by-account-ids',
      // One account's health inputs and its people with their influence, one statement each.
      'health/inputs-by-account-ids',
      'plays/plays-by-account-ids',
      'relationships/pair-interactions-by-account-ids',
      'stakeholder/people-by-ids',
      'threading/people-and-influence-by-account-ids',
    ]);
  });

  it('reads the last QBR per account in one query, before an instant', async () => {
    const repository = new CalendarRepository(app.db);
    const found = await repository.lastQbrByAccountIds(
      tenant,
      ['acc-cal', 'acc-cal-none', 'acc-missing'],
      '2026-11-23T12:00:00.000Z',
    );
    expect([...found.entries()]).toEqual([
      [
        'acc-cal',
        {
          id: 'int-cal-20',
          occurredAt: '2026-06-10T15:00:00.000Z',
          subject: null,
          personIds: expect.arrayContaining(['p-clara', 'p-dana']) as unknown,
          teamMemberIds: expect.arrayContaining(['tm-ae', 'tm-csm']) as unknown,
        },
      ],
      ['acc-cal-none', null],
      ['acc-missing', null],
    ]);
    // Only what happened before `until` counts.
    expect(
      (await repository.lastQbrByAccountIds(tenant, ['acc-cal'], '2026-06-10T15:00:00.000Z')).get('acc-cal'),
    ).toBeNull();
    // And only in the caller's tenant.
    expect(
      (await repository.lastQbrByAccountIds('another-tenant', ['acc-cal'], '2026-11-23T12:00:00.000Z')).get(
        'acc-cal',
      ),
    ).toBeNull();
  });
});
