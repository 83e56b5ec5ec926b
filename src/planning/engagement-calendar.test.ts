import { DEFAULT_CALENDAR_CONFIG as CONFIG } from '../config/analytics/calendar';
import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import ICAL from 'ical.js';
import { renderICalendar } from './calendar-ics';
import type { CalendarInput, CalendarPerson } from './calendar-input';
import { planEngagementCalendar } from './engagement-calendar';

const person = (p: Partial<CalendarPerson> & Pick<CalendarPerson, 'id' | 'name'>): CalendarPerson => ({
  title: null,
  email: `${p.id}@tidewater.example`,
  seniority: null,
  orgDepth: 0,
  roles: [],
  strength: 0,
  engaged: false,
  contacts: [],
  influenceWeight: 0,
  ...p,
});

/**
 * Tidewater (ENTERPRISE), planned on Monday 2026-11-23 for 90 days (to Sunday 2027-02-21). Our
 * team: tm-ae (ACCOUNT_OWNER), tm-csm (CSM); nobody as EXECUTIVE_SPONSOR or SOLUTIONS_ENGINEER.
 *
 *   Cora  CEO       C_LEVEL   EXECUTIVE_SPONSOR  strength 65, engaged, last met 2026-10-01
 *   Finn  CFO       C_LEVEL   ECONOMIC_BUYER     strength 30, called in 2026-09-15, emailed (no answer) 11-10
 *   Dana  Director  DIRECTOR  CHAMPION           strength 82, engaged, met 2026-11-16
 *   Ian   Analyst   IC        END_USER           strength 20, last contact 2026-07-01
 *   Ivy   Analyst   IC        END_USER           never contacted
 *   Otto, the former champion, left on 2026-11-01.
 *
 * Last QBR 2026-09-01; Core and Analytics renew on Monday 2027-03-01; a rescue play recommended on
 * asOf: reach Otto by 11-30, an executive thread with Finn by 12-14 (tm-ae standing in for our
 * executive sponsor).
 */
function tidewater(): CalendarInput {
  return {
    account: { id: 'acc-t', name: 'Tidewater', segment: 'ENTERPRISE' },
    asOf: '2026-11-23',
    plannedAt: '2026-11-23T12:00:00.000Z',
    from: '2026-11-23',
    to: '2027-02-21',
    people: [
      person({
        id: 'p-cora',
        name: 'Cora',
        title: 'CEO',
        seniority: 'C_LEVEL',
        roles: ['EXECUTIVE_SPONSOR'],
        strength: 65,
        engaged: true,
        contacts: [{ id: 'i-1', occurredAt: '2026-10-01T10:00:00.000Z', direction: 'MUTUAL' }],
      }),
      person({
        id: 'p-finn',
        name: 'Finn',
        title: 'CFO',
        seniority: 'C_LEVEL',
        orgDepth: 1,
        roles: ['ECONOMIC_BUYER'],
        strength: 30,
        contacts: [
          { id: 'i-2', occurredAt: '2026-09-15T10:00:00.000Z', direction: 'INBOUND' },
          { id: 'i-3', occurredAt: '2026-11-10T10:00:00.000Z', direction: 'OUTBOUND' },
        ],
      }),
      person({
        id: 'p-dana',
        name: 'Dana',
        title: 'Director',
        seniority: 'DIRECTOR',
        orgDepth: 2,
        roles: ['CHAMPION'],
        strength: 82,
        engaged: true,
        contacts: [{ id: 'i-4', occurredAt: '2026-11-16T10:00:00.000Z', direction: 'MUTUAL' }],
      }),
      person({
        id: 'p-ian',
        name: 'Ian',
        seniority: 'INDIVIDUAL_CONTRIBUTOR',
        orgDepth: 3,
        roles: ['END_USER'],
        strength: 20,
        contacts: [{ id: 'i-5', occurredAt: '2026-07-01T10:00:00.000Z', direction: 'INBOUND' }],
      }),
      person({
        id: 'p-ivy',
        name: 'Ivy',
        seniority: 'INDIVIDUAL_CONTRIBUTOR',
        orgDepth: 3,
        roles: ['END_USER'],
      }),
    ],
    departed: [{ id: 'p-otto', name: 'Otto', departedAt: '2026-11-01' }],
    team: [
      { teamMemberId: 'tm-ae', name: 'Avery', email: 'avery@us.example', role: 'ACCOUNT_OWNER' },
      { teamMemberId: 'tm-csm', name: 'Casey', email: null, role: 'CSM' },
    ],
    subscriptions: [
      { id: 'sub-1', productName: 'Core', status: 'ACTIVE', arr: 100_000, renewalDate: '2027-03-01' },
      { id: 'sub-2', productName: 'Analytics', status: 'ACTIVE', arr: 20_000, renewalDate: '2027-03-01' },
      { id: 'sub-3', productName: 'Old', status: 'CANCELLED', arr: 5_000, renewalDate: '2026-06-01' },
      { id: 'sub-4', productName: 'Add-on', status: 'ACTIVE', arr: 1_000, renewalDate: null },
    ],
    lastQbr: { id: 'qbr-1', occurredAt: '2026-09-01T14:00:00.000Z' },
    plays: [
      {
        source: 'RECOMMENDED',
        playId: null,
        kind: 'RESCUE',
        trigger: 'CHAMPION_DEPARTED',
        title: 'Champion departure rescue',
        startedOn: '2026-11-23',
        steps: [
          {
            key: 'CHAMPION_REACH_FORMER',
            order: 1,
            title: 'Reach out to Otto',
            detail: 'Ask for an introduction',
            dueDate: '2026-11-30',
            ownerRole: 'ACCOUNT_OWNER',
            ownerId: 'tm-ae',
            people: [{ personId: 'p-otto', name: 'Otto' }],
          },
          {
            key: 'CHAMPION_EXECUTIVE_THREAD',
            order: 2,
            title: 'New thread at executive level: Finn',
            detail: 'One executive who sees the strategic value',
            dueDate: '2026-12-14',
            ownerRole: 'EXECUTIVE_SPONSOR',
            ownerId: 'tm-ae',
            people: [{ personId: 'p-finn', name: 'Finn' }],
          },
        ],
      },
    ],
    dataGaps: [],
  };
}

describe('the engagement calendar of a hand-built account', () => {
  const calendar = planEngagementCalendar(tidewater(), CONFIG, DEFAULT_PLAYS_CONFIG.ownerFallbacks);
  const byId = new Map(calendar.touchpoints.map((t) => [t.id, t]));

  it('puts every touchpoint on its hand-worked date', () => {
    expect(calendar.touchpoints.map((t) => [t.date, t.kind, t.id])).toEqual([
      // Finn: last two-way contact 09-15 (the unanswered email does not count) + 45 = 10-30: overdue.
      ['2026-11-23', 'RELATIONSHIP_GAP', 'acc-t:cadence:p-finn:1'],
      // 2027-03-01 − 120 = 2026-11-01, past: the latest milestone past, carried to the window's start.
      ['2026-11-23', 'RENEWAL_MILESTONE', 'acc-t:renewal:2027-03-01:120'],
      ['2026-11-30', 'PLAY_STEP', 'acc-t:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_REACH_FORMER'],
      // Nobody engaged or reached at practitioner level: a new thread 7 days into the window.
      ['2026-11-30', 'NEW_THREAD', 'acc-t:new-thread:PRACTITIONER'],
      // 2026-09-01 + 91 = 12-01; the next (2027-03-02) is after the window.
      ['2026-12-01', 'QBR', 'acc-t:qbr:1'],
      ['2026-12-01', 'RENEWAL_MILESTONE', 'acc-t:renewal:2027-03-01:90'],
      ['2026-12-14', 'PLAY_STEP', 'acc-t:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_EXECUTIVE_THREAD'],
      // Dana: 11-16 + 14 = 11-30, absorbed by the QBR on 12-01 (within 7 days); 12-01 + 14 = 12-15, then every 14 days.
      ['2026-12-15', 'CADENCE_CHECK_IN', 'acc-t:cadence:p-dana:1'],
      ['2026-12-29', 'CADENCE_CHECK_IN', 'acc-t:cadence:p-dana:2'],
      ['2026-12-31', 'RENEWAL_MILESTONE', 'acc-t:renewal:2027-03-01:60'],
      ['2027-01-12', 'CADENCE_CHECK_IN', 'acc-t:cadence:p-dana:3'],
      ['2027-01-26', 'CADENCE_CHECK_IN', 'acc-t:cadence:p-dana:4'],
      // 03-01 − 30 = Saturday 01-30: done by Friday 01-29.
      ['2027-01-29', 'RENEWAL_MILESTONE', 'acc-t:renewal:2027-03-01:30'],
      ['2027-02-09', 'CADENCE_CHECK_IN', 'acc-t:cadence:p-dana:5'],
    ]);
    // Finn after 11-23: + 45 = 01-07, but the QBR (12-01), the play step (12-14), the proposal
    // (12-31) and the paperwork (01-29) each come first and count as contact; 01-29 + 45 is past
    // the window. Cora: 10-01 + 90 = 12-30, but the QBR on 12-01 comes first; 12-01 + 90 = 03-01.
    expect(
      calendar.touchpoints.filter((t) => t.people.some((p) => p.personId === 'p-cora')).map((t) => t.id),
    ).toEqual(['acc-t:qbr:1']);
  });

  it('explains a relationship gap with its numbers', () => {
    const gap = byId.get('acc-t:cadence:p-finn:1')!;
    expect(gap).toMatchObject({
      title: 'Close the gap with Finn (Economic buyer): strength 30 of 60',
      channel: 'MEETING',
      durationMinutes: 45,
      level: 'EXECUTIVE',
      owner: { teamMemberId: 'tm-ae', role: 'ACCOUNT_OWNER', standsInFor: null },
    });
    expect(gap.why).toMatchObject({
      ruleDate: '2026-10-30',
      overdueDays: 24,
      cadence: {
        governingRole: 'ECONOMIC_BUYER',
        baseCadenceDays: 60,
        cadenceDays: 45,
        desiredStrength: 60,
        actualStrength: 30,
        strengthGap: 30,
        lastContactAt: '2026-09-15T10:00:00.000Z',
        lastContactInteractionId: 'i-2',
        lastInteractionAt: '2026-11-10T10:00:00.000Z',
        occurrence: 1,
      },
    });
    expect(gap.why.summary).toBe(
      'Economic buyer: every 45 days instead of 60, strength 30 is 30 below the desired 60; last two-way contact on 2026-09-15 (i-2) + 45 days = 2026-10-30, overdue by 24 days: as soon as possible',
    );
    const dana = byId.get('acc-t:cadence:p-dana:1')!;
    expect(dana.why.cadence).toMatchObject({
      countsFromDate: '2026-12-01',
      countsFromTouchpointId: 'acc-t:qbr:1',
    });
    expect(dana.owner?.teamMemberId).toBe('tm-csm');
  });

  it('invites the QBR roles and our team, and names the renewal evidence', () => {
    const qbr = byId.get('acc-t:qbr:1')!;
    expect(qbr.people.map((p) => p.personId)).toEqual(['p-cora', 'p-finn', 'p-dana']);
    expect(qbr.owner?.teamMemberId).toBe('tm-ae');
    // Nobody covers EXECUTIVE_SPONSOR on our side: only the CSM joins.
    expect(qbr.team.map((m) => m.teamMemberId)).toEqual(['tm-csm']);
    expect(qbr.why.qbr).toEqual({
      segment: 'ENTERPRISE',
      intervalDays: 91,
      lastQbrAt: '2026-09-01T14:00:00.000Z',
      lastQbrId: 'qbr-1',
      occurrence: 1,
      vacantRoles: [],
    });
    const plan = byId.get('acc-t:renewal:2027-03-01:120')!;
    expect(plan).toMatchObject({ channel: 'TASK', people: [], level: null });
    expect(plan.why).toMatchObject({
      ruleDate: '2026-11-01',
      overdueDays: 22,
      renewal: {
        subscriptionIds: ['sub-1', 'sub-2'],
        products: ['Core', 'Analytics'],
        arr: 120_000,
        leadDays: 120,
      },
    });
    expect(byId.get('acc-t:renewal:2027-03-01:90')!.people.map((p) => p.personId)).toEqual([
      'p-dana',
      'p-finn',
    ]);
  });

  it('never invites someone who has left, and says so', () => {
    const reach = byId.get('acc-t:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_REACH_FORMER')!;
    expect(reach.people).toEqual([]);
    expect(reach.why.notes).toEqual([
      'Otto left on 2026-11-01: departed people are never invited; reach them outside the account',
    ]);
    const everyone = calendar.touchpoints.flatMap((t) => t.people.map((p) => p.personId));
    expect(everyone).not.toContain('p-otto');
    expect(byId.get('acc-t:play:RESCUE:CHAMPION_DEPARTED:CHAMPION_EXECUTIVE_THREAD')!.owner).toEqual({
      teamMemberId: 'tm-ae',
      name: 'Avery',
      email: 'avery@us.example',
      role: 'ACCOUNT_OWNER',
      standsInFor: 'EXECUTIVE_SPONSOR',
    });
  });

  it('threads every level and starts a new thread where nobody is engaged or reached', () => {
    expect(
      calendar.threadsByLevel.map((l) => [l.level, l.state, l.people, l.engaged.length, l.touchpoints]),
    ).toEqual([
      // QBR, T-90, T-60, T-30 and the play step reach Finn; the gap meeting too.
      ['EXECUTIVE', 'ENGAGED', 2, 1, 6],
      // QBR, T-90 and Dana's five check-ins.
      ['MANAGEMENT', 'ENGAGED', 1, 1, 7],
      ['PRACTITIONER', 'NEW_THREAD', 2, 0, 1],
    ]);
    const thread = byId.get('acc-t:new-thread:PRACTITIONER')!;
    expect(thread).toMatchObject({
      channel: 'CALL',
      owner: { teamMemberId: 'tm-csm' },
      people: [{ personId: 'p-ian' }],
    });
    expect(thread.why.thread).toEqual({
      level: 'PRACTITIONER',
      reason:
        'Best candidate at PRACTITIONER level: holds END_USER; relationship strength 20 (the warmest of 2 people there); depth 3 in the org chart',
      strength: 20,
      roles: ['END_USER'],
      alternativeIds: ['p-ivy'],
    });
    expect(calendar.uncoveredLevels).toEqual([]);
  });

  it('names what it left out and counts per kind and owner', () => {
    expect(calendar.notScheduled.map((n) => [n.personId, n.reason])).toEqual([
      ['p-ian', 'End user with no interaction with our team in the last 90 days: not in the active-user set'],
      ['p-ivy', 'End user with no interaction with our team in the last 90 days: not in the active-user set'],
    ]);
    expect(calendar.dataGaps).toEqual([
      'Subscription sub-4 (Add-on) has no renewal date: no renewal milestones for it',
    ]);
    expect(calendar.byKind).toEqual([
      { kind: 'CADENCE_CHECK_IN', count: 5 },
      { kind: 'RELATIONSHIP_GAP', count: 1 },
      { kind: 'QBR', count: 1 },
      { kind: 'RENEWAL_MILESTONE', count: 4 },
      { kind: 'PLAY_STEP', count: 2 },
      { kind: 'NEW_THREAD', count: 1 },
    ]);
    expect(calendar.byOwner).toEqual([
      { teamMemberId: 'tm-ae', name: 'Avery', roles: ['ACCOUNT_OWNER'], touchpoints: 7 },
      { teamMemberId: 'tm-csm', name: 'Casey', roles: ['CSM'], touchpoints: 7 },
    ]);
  });

  it('plans the first QBR two weeks in when none is on record', () => {
    const none = planEngagementCalendar(
      { ...tidewater(), lastQbr: null },
      CONFIG,
      DEFAULT_PLAYS_CONFIG.ownerFallbacks,
    );
    // 11-23 + 14 = 12-07 (Monday); + 91 = 2027-03-08, after the window.
    expect(none.touchpoints.filter((t) => t.kind === 'QBR').map((t) => t.date)).toEqual(['2026-12-07']);
    expect(none.dataGaps).toContain(
      'No QBR is on record for the account: the first one is planned 14 days into the window',
    );
  });
});

describe('the iCalendar export', () => {
  const calendar = planEngagementCalendar(tidewater(), CONFIG, DEFAULT_PLAYS_CONFIG.ownerFallbacks);
  const text = renderICalendar(calendar, {
    uidDomain: 't-demo.engagement-calendar',
    stamp: new Date(calendar.plannedAt),
  });
  // Parsed by an independent parser (ical.js, Mozilla's), not by the library that wrote it.
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = root.getAllSubcomponents('vevent');

  it('is one VEVENT per touchpoint, all-day on its date, with a UID made of its id', () => {
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(calendar.touchpoints.length);
    const read = events.map((e) => {
      const event = new ICAL.Event(e);
      return [
        event.uid,
        event.startDate.toString(),
        event.startDate.isDate,
        e.getFirstPropertyValue('categories'),
      ];
    });
    expect(read).toEqual(
      calendar.touchpoints.map((t) => [`${t.id}@t-demo.engagement-calendar`, t.date, true, t.kind]),
    );
    expect(events.every((e) => String(e.getFirstPropertyValue('dtstamp')) === '2026-11-23T12:00:00Z')).toBe(
      true,
    );
  });

  it('carries the title, the why, the organizer and the attendees whose emails are known', () => {
    const qbr = new ICAL.Event(events.find((e) => new ICAL.Event(e).uid.startsWith('acc-t:qbr:1@')));
    expect(qbr.summary).toBe('Business review (QBR) with Tidewater');
    expect(qbr.description).toContain(
      'ENTERPRISE: a business review every 91 days; last QBR on 2026-09-01 (qbr-1)',
    );
    expect(String(qbr.component.getFirstPropertyValue('organizer'))).toBe('mailto:avery@us.example');
    // Cora, Finn and Dana have emails; Casey (CSM) has none, so joins only in the text.
    expect(qbr.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:p-cora@tidewater.example',
      'mailto:p-finn@tidewater.example',
      'mailto:p-dana@tidewater.example',
    ]);
    expect(qbr.description).toContain('Also from our team: Casey (CSM)');
    // Work on our side invites nobody.
    const plan = new ICAL.Event(
      events.find((e) => new ICAL.Event(e).uid.startsWith('acc-t:renewal:2027-03-01:120@')),
    );
    expect(plan.attendees).toEqual([]);
  });

  it('keeps the UIDs when the calendar is planned again a week later', () => {
    const later = planEngagementCalendar(
      { ...tidewater(), asOf: '2026-11-30', plannedAt: '2026-11-30T12:00:00.000Z', from: '2026-11-30' },
      CONFIG,
      DEFAULT_PLAYS_CONFIG.ownerFallbacks,
    );
    const ids = new Set(calendar.touchpoints.map((t) => t.id));
    // Dana's check-ins, the QBR and the renewal milestones keep their ids; the ones now behind us are gone.
    expect(later.touchpoints.filter((t) => ids.has(t.id)).map((t) => t.id)).toEqual(
      expect.arrayContaining(['acc-t:qbr:1', 'acc-t:cadence:p-dana:1', 'acc-t:renewal:2027-03-01:30']),
    );
  });
});
