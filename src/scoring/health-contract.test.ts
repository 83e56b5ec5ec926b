import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import { contractHealth, nextRenewalOn } from './health-contract';
import type { HealthAsOf } from './health-parts';
import type { HealthSubscription } from './health-usage';

const config = DEFAULT_HEALTH_CONFIG.contract; // horizon 180 days, history 730 days, weights renewal .4, history .6
const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-16T00:00:00Z'), current: false };

const sub = (id: string, arr: number, extra: Partial<HealthSubscription>): HealthSubscription => ({
  id,
  productId: id,
  productName: `Product ${id}`,
  status: 'ACTIVE',
  seatsLicensed: 10,
  seatsUsed: null,
  arr,
  startDate: '2024-01-01',
  renewalDate: '2027-01-01',
  termMonths: 12,
  usage: [],
  ...extra,
});

describe('contractHealth', () => {
  const core = sub('core', 100_000, {});
  const addon = sub('addon', 25_000, { status: 'CANCELLED', renewalDate: '2026-06-01' });

  it('scores the time to renewal and the ARR lost lately', () => {
    const reading = contractHealth([core, addon], asOf, config);
    // renewal: 2026-11-15 → 2027-01-01 = 47 days → 47 / 180 = .2611
    // history: 100,000 held, 25,000 cancelled on 2026-06-01 → 100 / 125 = .8
    // 100 × (.4 × .2611 + .6 × .8) = 58.44
    expect(reading.rawScore).toBe(58.44);
    expect(reading.redFlags.map((f) => [f.code, f.message])).toEqual([
      ['RENEWAL_APPROACHING', 'Renewal in 47 days (2027-01-01): 1 subscription, 100000 ARR'],
      ['RECENT_CANCELLATION', '25000 ARR ended in the last 730 days (Product addon)'],
    ]);
  });

  it('works out the renewal an active subscription had on an earlier day', () => {
    // Renews every 12 months up to 2027-01-01: on 2025-03-01 the next renewal was 2026-01-01.
    expect(nextRenewalOn(core, '2025-03-01')).toBe('2026-01-01');
    expect(nextRenewalOn(core, '2026-11-15')).toBe('2027-01-01');
    expect(nextRenewalOn(addon, '2026-03-01')).toBe('2026-06-01');
  });

  it('is missing when nothing was ever held', () => {
    expect(contractHealth([], asOf, config).missing).toEqual([
      { input: 'CONTRACT', reason: 'no subscription is held on this day or ended lately' },
    ]);
  });
});
