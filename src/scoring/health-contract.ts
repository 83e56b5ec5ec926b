import type { ContractHealthConfig } from '../config/analytics/health';
import {
  daysBetween,
  fact,
  shiftDay,
  weighSubScores,
  type ComponentReading,
  type HealthAsOf,
  type HealthEvidence,
  type HealthRedFlag,
} from './health-parts';
import type { HealthSubscription } from './health-usage';
import { countsOn } from './revenue-retention';
import { clamp01 } from './score-parts';

/** `day` moved by whole months (day of month kept, clipped to the month's end). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The contract date after `day`: an active subscription renews every `termMonths` up to its stored
 * renewal date, so on an earlier day its renewal then was that date less whole terms. A cancelled
 * or expired one simply ends on its renewal date.
 */
export function nextRenewalOn(subscription: HealthSubscription, day: string): string | null {
  let renewal = subscription.renewalDate;
  if (renewal === null) return null;
  const term = subscription.termMonths ?? 0;
  if (subscription.status !== 'ACTIVE' || term <= 0) return renewal;
  for (let guard = 0; guard < 100; guard += 1) {
    const earlier = addMonths(renewal, -term);
    if (earlier <= day || earlier <= subscription.startDate) break;
    renewal = earlier;
  }
  return renewal;
}

/**
 * Contract timeline, over the subscriptions that count on asOf and those that ended lately:
 *
 *   renewal  min(1, days to the nearest renewal / renewalHorizonDays) (0 when overdue)
 *   history  held ARR / (held ARR + ARR of subscriptions cancelled or expired in the last historyDays)
 *   score    100 × Σ w·input / Σ w over present inputs
 *
 * No subscription held or lately ended, and the component is missing.
 */
export function contractHealth(
  subscriptions: readonly HealthSubscription[],
  asOf: HealthAsOf,
  config: ContractHealthConfig,
): ComponentReading {
  const held = subscriptions.filter((s) => countsOn(s, asOf.day) === true);
  const historyFrom = shiftDay(asOf.day, -config.historyDays);
  const ended = subscriptions.filter(
    (s) =>
      s.status !== 'ACTIVE' &&
      s.renewalDate !== null &&
      s.renewalDate > historyFrom &&
      s.renewalDate <= asOf.day &&
      s.startDate <= asOf.day,
  );
  if (held.length === 0 && ended.length === 0) {
    return {
      rawScore: null,
      inputs: [],
      evidence: [],
      missing: [{ input: 'CONTRACT', reason: 'no subscription is held on this day or ended lately' }],
      redFlags: [],
    };
  }

  const renewals = held
    .map((s) => ({ subscription: s, date: nextRenewalOn(s, asOf.day) }))
    .filter((r): r is { subscription: HealthSubscription; date: string } => r.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.subscription.id.localeCompare(b.subscription.id));
  const nearest = renewals[0] ?? null;
  const daysToRenewal = nearest === null ? null : daysBetween(asOf.day, nearest.date);
  const heldArr = held.reduce((sum, s) => sum + s.arr, 0);
  const lostArr = ended.reduce((sum, s) => sum + s.arr, 0);

  const { rawScore, inputs, missing } = weighSubScores('CONTRACT', [
    {
      name: 'renewal',
      score: daysToRenewal === null ? null : clamp01(daysToRenewal / config.renewalHorizonDays),
      weight: config.subWeights.renewal,
      value: daysToRenewal,
      unit: 'days',
      description: `Days to the nearest renewal; full marks from ${config.renewalHorizonDays}`,
      missingReason: 'no held subscription has a renewal date',
    },
    {
      name: 'history',
      score: heldArr + lostArr > 0 ? heldArr / (heldArr + lostArr) : null,
      weight: config.subWeights.history,
      value: lostArr,
      unit: 'ARR',
      description: `ARR of subscriptions cancelled or expired in the last ${config.historyDays} days, against ${heldArr} held`,
      missingReason: 'no ARR held or lost',
    },
  ]);
  inputs.push(fact('heldArr', heldArr, 'ARR', 'ARR of the subscriptions held on this day'));

  const renewalEvidence = (r: { subscription: HealthSubscription; date: string }): HealthEvidence => ({
    kind: 'SUBSCRIPTION',
    id: r.subscription.id,
    date: r.date,
    label: `${r.subscription.productName} renews on ${r.date}`,
    value: r.subscription.arr,
  });
  const endedEvidence = (s: HealthSubscription): HealthEvidence => ({
    kind: 'SUBSCRIPTION',
    id: s.id,
    date: s.renewalDate,
    label: `${s.productName} ${s.status.toLowerCase()} on ${s.renewalDate}`,
    value: s.arr,
  });
  const soon = renewals.filter((r) => daysBetween(asOf.day, r.date) <= config.flags.renewalWithinDays);
  const redFlags: HealthRedFlag[] = [];
  if (nearest !== null && daysToRenewal !== null && daysToRenewal <= config.flags.renewalWithinDays) {
    redFlags.push({
      code: 'RENEWAL_APPROACHING',
      component: 'CONTRACT',
      message:
        daysToRenewal < 0
          ? `The renewal of ${nearest.subscription.productName} on ${nearest.date} has passed without a new term`
          : `Renewal in ${daysToRenewal} days (${nearest.date}): ${soon.length} subscription${soon.length === 1 ? '' : 's'}, ${soon.reduce((s, r) => s + r.subscription.arr, 0)} ARR`,
      evidence: soon.map(renewalEvidence),
    });
  }
  if (ended.length > 0) {
    redFlags.push({
      code: 'RECENT_CANCELLATION',
      component: 'CONTRACT',
      message: `${lostArr} ARR ended in the last ${config.historyDays} days (${ended.map((s) => s.productName).join(', ')})`,
      evidence: ended.map(endedEvidence),
    });
  }
  return {
    rawScore,
    inputs,
    evidence: [...renewals.map(renewalEvidence), ...ended.map(endedEvidence)],
    missing,
    redFlags,
  };
}
