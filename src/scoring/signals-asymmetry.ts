import type { ExpansionConfig } from '../config/analytics/signals';
import type { UnitUsageState } from '../domain/vocabulary';
import { round } from './score-parts';
import { ownSnapshots, type SubscriptionUsage } from './signals-facts';

export interface UnitUsage {
  businessUnitId: string;
  businessUnitName: string | null;
  state: UnitUsageState;
  /** The unit's own subscription; null for UNLICENSED_ACTIVE (the seats are another unit's). */
  subscriptionId: string | null;
  licensedSeats: number | null;
  activeSeats: number;
  utilisation: number | null;
  /** The snapshot the state was read from. */
  snapshotId: string;
  date: string;
}

export interface AsymmetryDetail {
  productId: string;
  productName: string;
  units: UnitUsage[];
}

/**
 * One product, used unevenly across units. Each unit with a subscription of its own is HEAVY,
 * IDLE or NORMAL by the utilisation of its latest snapshot. A unit whose usage is recorded
 * against another unit's subscription, with no licence of its own and no account-wide one, is
 * UNLICENSED_ACTIVE. A finding needs a HEAVY unit beside an IDLE one, or any UNLICENSED_ACTIVE
 * unit. Usage of account-wide subscriptions not broken down by unit cannot show asymmetry.
 */
export function usageAsymmetry(
  subscriptions: readonly SubscriptionUsage[],
  config: ExpansionConfig['asymmetry'],
): AsymmetryDetail[] {
  const products = new Map<string, SubscriptionUsage[]>();
  for (const s of subscriptions) products.set(s.productId, [...(products.get(s.productId) ?? []), s]);
  const findings: AsymmetryDetail[] = [];
  for (const [productId, subs] of products) {
    const accountWide = subs.some((s) => s.businessUnitId === null);
    const licensedUnits = new Set(subs.flatMap((s) => (s.businessUnitId === null ? [] : [s.businessUnitId])));
    const units: UnitUsage[] = [];
    for (const sub of subs) {
      const own = ownSnapshots(sub);
      const latest = own[own.length - 1];
      if (sub.businessUnitId !== null && latest && latest.licensedSeats > 0) {
        const utilisation = latest.activeSeats / latest.licensedSeats;
        units.push({
          businessUnitId: sub.businessUnitId,
          businessUnitName: sub.businessUnitName,
          state:
            utilisation >= config.heavyUtilisation
              ? 'HEAVY'
              : utilisation <= config.idleUtilisation
                ? 'IDLE'
                : 'NORMAL',
          subscriptionId: sub.subscriptionId,
          licensedSeats: latest.licensedSeats,
          activeSeats: latest.activeSeats,
          utilisation: round(utilisation),
          snapshotId: latest.id,
          date: latest.date,
        });
      }
      if (accountWide) continue;
      const borrowed = new Map<string, (typeof sub.snapshots)[number]>();
      for (const s of sub.snapshots) {
        if (s.businessUnitId === null || s.businessUnitId === sub.businessUnitId) continue;
        if (licensedUnits.has(s.businessUnitId) || s.activeSeats <= 0) continue;
        const seen = borrowed.get(s.businessUnitId);
        if (!seen || seen.date <= s.date) borrowed.set(s.businessUnitId, s);
      }
      for (const [unitId, s] of borrowed) {
        units.push({
          businessUnitId: unitId,
          businessUnitName: s.businessUnitName,
          state: 'UNLICENSED_ACTIVE',
          subscriptionId: null,
          licensedSeats: null,
          activeSeats: s.activeSeats,
          utilisation: null,
          snapshotId: s.id,
          date: s.date,
        });
      }
    }
    const states = new Set(units.map((u) => u.state));
    if ((states.has('HEAVY') && states.has('IDLE')) || states.has('UNLICENSED_ACTIVE')) {
      findings.push({ productId, productName: subs[0]?.productName ?? productId, units });
    }
  }
  return findings;
}
