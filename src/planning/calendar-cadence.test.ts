import { DEFAULT_CALENDAR_CONFIG as CONFIG } from '../config/analytics/calendar';
import { cadenceChain, effectiveCadence, governingRole } from './calendar-cadence';
import { placeDeadline, placeStart, type PlanWindow } from './calendar-dates';

// 2026-11-23 is a Monday.
const WINDOW: PlanWindow = {
  asOf: '2026-11-23',
  from: '2026-11-23',
  to: '2027-01-31',
  workingDaysOnly: true,
};

describe('effective cadence', () => {
  it('keeps the base cadence when strength meets the desired strength', () => {
    expect(effectiveCadence(['CHAMPION'], 82, CONFIG)).toMatchObject({
      governingRole: 'CHAMPION',
      baseCadenceDays: 14,
      cadenceDays: 14,
      desiredStrength: 70,
      strengthGap: 0,
    });
  });

  it('shortens it in proportion to the gap', () => {
    // Economic buyer: base 60, desired 60, strength 30 → gap 30 → 60 × (1 − 0.5 × 30/60) = 45.
    expect(effectiveCadence(['ECONOMIC_BUYER'], 30, CONFIG)).toMatchObject({
      cadenceDays: 45,
      strengthGap: 30,
      formula: 'max(7, round(60 × (1 − 0.5 × 30 / 60))) = 45 days',
    });
    // End user: base 60, desired 40, strength 20 → 60 × (1 − 0.5 × 20/40) = 45.
    expect(effectiveCadence(['END_USER'], 20, CONFIG)?.cadenceDays).toBe(45);
    // Influencer: base 30, desired 50, strength 32.4 → gap 17.6 → 30 × (1 − 0.176) = 24.72 → 25.
    expect(effectiveCadence(['INFLUENCER'], 32.4, CONFIG)?.cadenceDays).toBe(25);
  });

  it('never goes below the floor', () => {
    // Champion at zero: 14 × (1 − 0.5) = 7 = the floor.
    expect(effectiveCadence(['CHAMPION'], 0, CONFIG)?.cadenceDays).toBe(7);
    const floor10 = { ...CONFIG, gap: { ...CONFIG.gap, floorDays: 10 } };
    // max(min(14, 10), 7) = 10.
    expect(effectiveCadence(['CHAMPION'], 0, floor10)?.cadenceDays).toBe(10);
  });

  it('takes the role with the shortest base cadence when a person holds several', () => {
    expect(governingRole(['END_USER', 'CHAMPION'], CONFIG.roles)).toBe('CHAMPION');
    // Influencer and technical evaluator both every 30 days, desired 50: the vocabulary's order.
    expect(governingRole(['TECHNICAL_EVALUATOR', 'INFLUENCER'], CONFIG.roles)).toBe('INFLUENCER');
    expect(effectiveCadence([], 50, CONFIG)).toBeNull();
  });
});

describe('placing dates in the window', () => {
  it('starts on the rule date, as soon as possible when overdue, a weekend moving to Monday', () => {
    expect(placeStart('2026-12-10', WINDOW)).toEqual({ date: '2026-12-10', overdueDays: null });
    expect(placeStart('2026-11-16', WINDOW)).toEqual({ date: '2026-11-23', overdueDays: 7 });
    expect(placeStart(null, WINDOW)).toEqual({ date: '2026-11-23', overdueDays: null });
    // 2026-12-26 is a Saturday; so is 2027-01-30, whose Monday is after the window: the Friday before.
    expect(placeStart('2026-12-26', WINDOW)).toEqual({ date: '2026-12-28', overdueDays: null });
    expect(placeStart('2027-01-30', WINDOW)).toEqual({ date: '2027-01-29', overdueDays: null });
    expect(placeStart('2027-02-01', WINDOW)).toBeNull();
    expect(placeStart('2027-01-30', { ...WINDOW, workingDaysOnly: false })?.date).toBe('2027-01-30');
  });

  it('keeps a deadline on its day, the Friday before a weekend, and carries an overdue one', () => {
    // 2026-11-29 is a Sunday: done by Friday the 27th.
    expect(placeDeadline('2026-11-29', WINDOW)).toEqual({ date: '2026-11-27', overdueDays: null });
    expect(placeDeadline('2026-11-10', WINDOW)).toEqual({ date: '2026-11-23', overdueDays: 13 });
    // Due between asOf and a later window start: it belonged to an earlier window.
    expect(placeDeadline('2026-11-25', { ...WINDOW, from: '2026-12-01' })).toBeNull();
    // Sunday 2026-11-22 in a window starting on Saturday the 21st: the Friday would leave it, so Monday.
    expect(placeDeadline('2026-11-22', { ...WINDOW, asOf: '2026-11-21', from: '2026-11-21' })?.date).toBe(
      '2026-11-23',
    );
  });
});

describe('a cadence chain', () => {
  const idOf = (n: number) => `cadence:${n}`;

  it('runs from the last contact, then every cadence, counting a planned touchpoint as contact', () => {
    // Last contact 2026-11-02 + 14 = 11-16, before the window: overdue by 7 days → Monday 11-23.
    // 11-23 + 14 = 12-07, but a QBR with the person on 12-10 falls within 7 days after it: the
    // check-in is absorbed and the cadence runs on from 12-10 → 12-24 (Thu) → 2027-01-07 → 01-21;
    // 02-04 is after the window.
    const steps = cadenceChain(
      '2026-11-02',
      14,
      [{ date: '2026-12-10', touchpointId: 'qbr:1' }],
      WINDOW,
      7,
      idOf,
    );
    expect(steps).toEqual([
      {
        date: '2026-11-23',
        occurrence: 1,
        ruleDate: '2026-11-16',
        overdueDays: 7,
        countsFromDate: '2026-11-02',
        countsFromTouchpointId: null,
      },
      {
        date: '2026-12-24',
        occurrence: 2,
        ruleDate: '2026-12-24',
        overdueDays: null,
        countsFromDate: '2026-12-10',
        countsFromTouchpointId: 'qbr:1',
      },
      {
        date: '2027-01-07',
        occurrence: 3,
        ruleDate: '2027-01-07',
        overdueDays: null,
        countsFromDate: '2026-12-24',
        countsFromTouchpointId: 'cadence:2',
      },
      {
        date: '2027-01-21',
        occurrence: 4,
        ruleDate: '2027-01-21',
        overdueDays: null,
        countsFromDate: '2027-01-07',
        countsFromTouchpointId: 'cadence:3',
      },
    ]);
  });

  it('starts as soon as possible without any contact, and moves weekend dates to Monday', () => {
    // No contact: 11-23; + 33 = 12-26 (Saturday) → Monday 12-28; + 33 = 2027-01-30 (Saturday), whose
    // Monday is after the window: Friday 01-29; + 33 = 03-03, after the window.
    expect(cadenceChain(null, 33, [], WINDOW, 7, idOf).map((s) => [s.date, s.ruleDate])).toEqual([
      ['2026-11-23', null],
      ['2026-12-28', '2026-12-26'],
      ['2027-01-29', '2027-01-30'],
    ]);
  });
});
