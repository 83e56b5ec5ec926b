import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import type { HealthAsOf } from './health-parts';
import { usageHealth, type HealthSubscription } from './health-usage';

const config = DEFAULT_HEALTH_CONFIG.usage; // healthy .8, trend 180 days, saturation .3, weights .6 / .4
const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-16T00:00:00Z'), current: false };

const sub = (
  id: string,
  seats: number,
  usage: [string, number][],
  extra: Partial<HealthSubscription> = {},
): HealthSubscription => ({
  id,
  productId: `p-${id}`,
  productName: `Product ${id}`,
  status: 'ACTIVE',
  seatsLicensed: seats,
  seatsUsed: null,
  arr: 1000,
  startDate: '2024-01-01',
  renewalDate: '2027-01-01',
  termMonths: 12,
  usage: usage.map(([date, active]) => ({
    id: `u-${id}-${date}`,
    date,
    licensedSeats: seats,
    activeSeats: active,
  })),
  ...extra,
});

describe('usageHealth', () => {
  it('scores utilisation and the trend over subscriptions in force', () => {
    const reading = usageHealth(
      [
        sub('a', 100, [
          ['2026-05-01', 50],
          ['2026-11-01', 70],
        ]),
        sub('b', 50, [['2026-11-01', 10]]),
        // Ended before asOf: not owned any more.
        sub('c', 80, [['2026-05-01', 80]], { status: 'CANCELLED', renewalDate: '2026-06-01' }),
      ],
      asOf,
      config,
    );
    // utilisation (70 + 10) / (100 + 50) = .5333 → .5333 / .8 = .6667
    // trend: only a has a reading 180+ days before its latest (2026-11-01 − 180 = 2026-05-05 → 05-01):
    //   (70 − 50) / 50 = +.4 → clamp(.5 + .4 / .6) = 1
    // score 100 × (.6 × .6667 + .4 × 1) = 80
    expect(reading.rawScore).toBe(80);
    expect(reading.inputs.slice(0, 2).map((i) => [i.name, i.value, i.score, i.weight])).toEqual([
      ['utilisation', 0.5333, 0.6667, 0.6],
      ['trend', 0.4, 1, 0.4],
    ]);
    expect(reading.redFlags).toEqual([]);
    expect(reading.evidence.map((e) => e.id)).toEqual(['u-a-2026-11-01', 'u-a-2026-05-01', 'u-b-2026-11-01']);
  });

  it('flags a decline and scores it 0', () => {
    const reading = usageHealth(
      [
        sub('a', 100, [
          ['2026-05-01', 100],
          ['2026-11-01', 60],
        ]),
        sub('b', 50, [['2026-11-01', 10]]),
      ],
      asOf,
      config,
    );
    // utilisation 70 / 150 = .4667 → .5833; trend (60 − 100) / 100 = −.4 → clamp(.5 − .667) = 0
    // score 100 × (.6 × .5833 + 0) = 35
    expect(reading.rawScore).toBe(35);
    expect(reading.redFlags.map((f) => [f.code, f.message])).toEqual([
      ['USAGE_DECLINE', 'Active seats fell 40% (100 → 60) over 180+ days'],
    ]);
    expect(reading.redFlags[0]!.evidence.map((e) => [e.id, e.value])).toEqual([
      ['u-a-2026-05-01', 1],
      ['u-a-2026-11-01', 0.6],
    ]);
  });

  it('uses seatsUsed today when there is no snapshot, and names the missing trend', () => {
    const today: HealthAsOf = { ...asOf, current: true };
    const reading = usageHealth([sub('a', 50, [], { seatsUsed: 45 })], today, config);
    // utilisation 45 / 50 = .9 → full marks; the trend is missing, so utilisation carries the score.
    expect(reading.rawScore).toBe(100);
    expect(reading.evidence.map((e) => [e.kind, e.id])).toEqual([['SUBSCRIPTION', 'a']]);
    // The static seatsUsed is not a reading taken today: its date is unknown, and said so.
    expect(reading.missing).toEqual([
      { input: 'USAGE.trend', reason: 'no reading 180 days before the latest one' },
      {
        input: 'USAGE.a.readingDate',
        reason:
          "Product a: 45 seats used is the subscription's static seatsUsed with no dated usage reading; the usage date is unknown",
      },
    ]);
    expect(reading.evidence[0]!.date).toBeNull();
    expect(reading.inputs.find((i) => i.name === 'latestReadingAgeDays')!.value).toBeNull();
    // On a past day seatsUsed says nothing: no reading at all.
    expect(usageHealth([sub('a', 50, [], { seatsUsed: 45 })], asOf, config).missing).toEqual([
      { input: 'USAGE', reason: 'no usage reading for a up to this day' },
    ]);
  });

  it('is missing, not zero, without a subscription', () => {
    const reading = usageHealth([], asOf, config);
    expect(reading.rawScore).toBeNull();
    expect(reading.missing).toEqual([{ input: 'USAGE', reason: 'no subscription is active on this day' }]);
  });
});
