import type { Subscription } from '../domain/read-models';
import type { RenewalAhead } from './mutual-action-plan';

/**
 * Active subscriptions renewing on or before `until`, one entry per renewal date (subscriptions
 * co-termed on a day are one conversation), soonest first.
 */
export function renewalsAhead(
  subscriptions: readonly Subscription[],
  asOf: string,
  until: string,
): RenewalAhead[] {
  const byDate = new Map<string, Subscription[]>();
  for (const s of subscriptions) {
    if (s.status !== 'ACTIVE' || s.renewalDate === null) continue;
    if (s.renewalDate < asOf || s.renewalDate > until) continue;
    byDate.set(s.renewalDate, [...(byDate.get(s.renewalDate) ?? []), s]);
  }
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([renewalDate, subs]) => ({
      renewalDate,
      subscriptionIds: subs.map((s) => s.id).sort(),
      productNames: [...new Set(subs.map((s) => s.productName))].sort(),
      arr: subs.reduce((sum, s) => sum + s.arr, 0),
    }));
}
