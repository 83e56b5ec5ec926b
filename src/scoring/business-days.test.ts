import { scheduleSteps } from './play-steps';
import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import { businessCalendar, dayIn, WEEKDAYS_ONLY } from './business-days';

describe('businessCalendar (date-holidays)', () => {
  const us = businessCalendar('US', 'America/New_York');
  const gb = businessCalendar('GB', 'Europe/London');

  it('skips weekends and the public holidays of the country, 25 December and 1 January at least', () => {
    // 2026-12-25 is a Friday (Christmas Day), 2026-12-26 and 27 the weekend, 2026-12-28 Monday.
    expect(us.holiday('2026-12-25')).toBe('Christmas Day');
    expect(us.onOrAfter('2026-12-25')).toBe('2026-12-28');
    expect(us.onOrBefore('2026-12-25')).toBe('2026-12-24');
    // 2027-01-01 is a Friday (New Year's Day): due by the Thursday before.
    expect(us.onOrBefore('2027-01-01')).toBe('2026-12-31');
    // GB also closes on Boxing Day, observed on Monday 2026-12-28.
    expect(gb.isBusinessDay('2026-12-28')).toBe(false);
    expect(gb.onOrAfter('2026-12-25')).toBe('2026-12-29');
    // Thanksgiving is a US holiday, not a GB one.
    expect([us.isBusinessDay('2026-11-26'), gb.isBusinessDay('2026-11-26')]).toEqual([false, true]);
    // Without a country: weekends only.
    expect(WEEKDAYS_ONLY.isBusinessDay('2026-12-25')).toBe(true);
  });

  it('reads the day in the account’s time zone', () => {
    const lateEvening = new Date('2026-12-01T03:30:00Z'); // 22:30 on 30 November in New York
    expect(dayIn(lateEvening, 'America/New_York')).toBe('2026-11-30');
    expect(dayIn(lateEvening, 'Asia/Singapore')).toBe('2026-12-01');
  });

  it('puts play steps on business days, never before the play starts', () => {
    // Started Monday 2026-12-21: due in 2 → Wednesday 23; in 7 → Monday 28 (US business day); in 3
    // → Thursday 24; CHAMPION_VALUE_REVIEW in 28 → Monday 2027-01-18 is MLK day → Friday 15.
    const { steps } = scheduleSteps(
      [
        { key: 'RESCUE_EXECUTIVE_CALL', title: 'call', detail: '', people: [] },
        { key: 'STABILISE_HEALTH_REVIEW', title: 'review', detail: '', people: [] },
        { key: 'RESCUE_GET_WELL_PLAN', title: 'plan', detail: '', people: [] },
        { key: 'CHAMPION_VALUE_REVIEW', title: 'value', detail: '', people: [] },
      ],
      '2026-12-21',
      [],
      DEFAULT_PLAYS_CONFIG,
      businessCalendar('US', 'America/New_York'),
    );
    expect(steps.map((s) => [s.key, s.dueDate])).toEqual([
      ['RESCUE_EXECUTIVE_CALL', '2026-12-23'],
      ['STABILISE_HEALTH_REVIEW', '2026-12-24'],
      ['RESCUE_GET_WELL_PLAN', '2026-12-28'],
      ['CHAMPION_VALUE_REVIEW', '2027-01-15'],
    ]);
  });
});
