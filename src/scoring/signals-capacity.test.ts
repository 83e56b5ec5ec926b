import { DEFAULT_SIGNALS_CONFIG } from '../config/analytics/signals';
import { seatCapacity } from './signals-capacity';
import type { SubscriptionUsage } from './signals-facts';

const config = DEFAULT_SIGNALS_CONFIG.expansion.capacity;

function usage(points: [string, number][], licensed = 100): SubscriptionUsage {
  return {
    accountId: 'a',
    subscriptionId: 's',
    productId: 'p',
    productName: 'P',
    businessUnitId: null,
    businessUnitName: null,
    seatsLicensed: licensed,
    snapshots: points.map(([date, activeSeats]) => ({
      id: date,
      date,
      licensedSeats: licensed,
      activeSeats,
      featuresAdopted: null,
      featuresAvailable: null,
      businessUnitId: null,
      businessUnitName: null,
    })),
  };
}

describe('seatCapacity', () => {
  it('stays quiet below the threshold', () => {
    expect(seatCapacity(usage([['2026-10-01', 79]]), config)).toBeNull();
  });

  it('projects from the latest snapshot at the fitted rate, rounding up to a whole day', () => {
    // 80 → 85 in 10 days: 0.5 seats a day; 15 seats to go = 30 days after 2026-10-11.
    const found = seatCapacity(
      usage([
        ['2026-10-01', 80],
        ['2026-10-11', 85],
      ]),
      config,
    );
    expect(found).toMatchObject({
      utilisation: 0.85,
      growthPerMonth: 15.2, // 0.5 × 30.4375
      projectedFullAt: '2026-11-10',
      raiseConversationBy: '2026-09-11',
      note: null,
    });
  });

  it('says when the ceiling is already reached, and since when', () => {
    const found = seatCapacity(
      usage([
        ['2026-09-01', 90],
        ['2026-10-01', 100],
        ['2026-11-01', 104],
      ]),
      config,
    );
    expect(found).toMatchObject({
      projectedFullAt: '2026-10-01',
      raiseConversationBy: null,
      note: 'Already at or over the licensed seats since 2026-10-01',
    });
  });

  it('gives no date when shrinking or with a single snapshot', () => {
    expect(
      seatCapacity(
        usage([
          ['2026-10-01', 95],
          ['2026-11-01', 90],
        ]),
        config,
      ),
    ).toMatchObject({ projectedFullAt: null, note: 'Not growing: no date for 100%' });
    expect(seatCapacity(usage([['2026-11-01', 90]]), config)).toMatchObject({
      growthPerMonth: null,
      note: 'One snapshot: no growth rate',
    });
  });
});
