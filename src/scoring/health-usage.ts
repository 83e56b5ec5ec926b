import type { UsageHealthConfig } from '../config/analytics/health';
import type { SubscriptionStatus } from '../domain/vocabulary';
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
import { countsOn } from './revenue-retention';
import { clamp01, round } from './score-parts';

export interface UsageReading {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  licensedSeats: number;
  activeSeats: number;
}

/** A subscription with its usage readings up to asOf (any order). */
export interface HealthSubscription {
  id: string;
  productId: string;
  productName: string;
  status: SubscriptionStatus;
  seatsLicensed: number;
  seatsUsed: number | null;
  arr: number;
  startDate: string;
  renewalDate: string | null;
  termMonths: number | null;
  usage: UsageReading[];
}

export interface SubscriptionUsage {
  subscription: HealthSubscription;
  latest: UsageReading & { fromSubscription: boolean };
  baseline: UsageReading | null;
}

/**
 * Product usage, over the subscriptions that count on asOf (started, and active or not yet ended):
 *
 *   utilisation = Σ active seats / Σ licensed seats of each one's latest reading
 *   utilisation score = min(1, utilisation / healthyUtilisation)
 *   trend = (Σ latest − Σ baseline) / Σ baseline, over subscriptions with a reading at least
 *           trendDays before their latest (the baseline)
 *   trend score = clamp(0.5 + trend / (2 × trendSaturation), 0, 1)
 *   score = 100 × (w_u × utilisation score + w_t × trend score) / (w_u + w_t), present inputs only
 *
 * A subscription's latest reading is its last usage snapshot up to asOf; today, its seatsUsed
 * stands in when it has no snapshot. No subscription counting on asOf, or no reading at all, and
 * the component is missing.
 */
export function usageHealth(
  subscriptions: readonly HealthSubscription[],
  asOf: HealthAsOf,
  config: UsageHealthConfig,
): ComponentReading {
  const active = subscriptions.filter((s) => countsOn(s, asOf.day) === true);
  if (active.length === 0) {
    return missingUsage('no subscription is active on this day');
  }
  const readings = active.flatMap((s) => usageOf(s, asOf, config.trendDays));
  const unread = active.filter((s) => !readings.some((r) => r.subscription.id === s.id));
  if (readings.length === 0) {
    return missingUsage(`no usage reading for ${active.map((s) => s.id).join(', ')} up to this day`);
  }

  const licensed = readings.reduce((sum, r) => sum + r.latest.licensedSeats, 0);
  const used = readings.reduce((sum, r) => sum + r.latest.activeSeats, 0);
  const utilisation = licensed > 0 ? used / licensed : null;
  const trended = readings.filter((r) => r.baseline !== null);
  const baselineSeats = trended.reduce((sum, r) => sum + r.baseline!.activeSeats, 0);
  const latestSeats = trended.reduce((sum, r) => sum + r.latest.activeSeats, 0);
  const trend =
    trended.length > 0 && baselineSeats > 0 ? (latestSeats - baselineSeats) / baselineSeats : null;
  // A subscription's static seatsUsed is not a reading taken today: its date is unknown.
  const newest =
    readings
      .filter((r) => !r.latest.fromSubscription)
      .map((r) => r.latest.date)
      .sort()
      .at(-1) ?? null;
  const undated = readings.filter((r) => r.latest.fromSubscription);

  const { rawScore, inputs, missing } = weighSubScores('USAGE', [
    {
      name: 'utilisation',
      score: utilisation === null ? null : clamp01(utilisation / config.healthyUtilisation),
      weight: config.subWeights.utilisation,
      value: utilisation,
      unit: 'ratio',
      description: `Active / licensed seats (${used} of ${licensed}); full marks from ${config.healthyUtilisation}`,
      missingReason: 'no licensed seats in the latest readings',
    },
    {
      name: 'trend',
      score: trend === null ? null : clamp01(0.5 + trend / (2 * config.trendSaturation)),
      weight: config.subWeights.trend,
      value: trend,
      unit: 'ratio',
      description: `Change in active seats over ${config.trendDays}+ days (${baselineSeats} → ${latestSeats}); ±${config.trendSaturation} saturates`,
      missingReason: `no reading ${config.trendDays} days before the latest one`,
    },
  ]);
  inputs.push(
    fact(
      'latestReadingAgeDays',
      newest === null ? null : daysBetween(newest, asOf.day),
      'days',
      newest === null
        ? 'Unknown: no dated usage reading, only the seats used recorded on the subscription'
        : `Stale beyond ${config.staleAfterDays} days`,
    ),
  );
  for (const r of undated) {
    missing.push({
      input: `USAGE.${r.subscription.id}.readingDate`,
      reason: `${r.subscription.productName}: ${r.latest.activeSeats} seats used is the subscription's static seatsUsed with no dated usage reading; the usage date is unknown`,
    });
  }
  for (const s of unread) {
    missing.push({ input: `USAGE.${s.id}`, reason: `${s.productName} has no usage reading up to this day` });
  }

  const evidence = readings.flatMap((r) => [
    readingEvidence(r.subscription, r.latest, r.latest.fromSubscription),
    ...(r.baseline ? [readingEvidence(r.subscription, r.baseline, false)] : []),
  ]);
  const redFlags: HealthRedFlag[] = [];
  if (trend !== null && trend <= config.flags.declineAtOrBelow) {
    redFlags.push({
      code: 'USAGE_DECLINE',
      component: 'USAGE',
      message: `Active seats fell ${Math.round(-trend * 100)}% (${baselineSeats} → ${latestSeats}) over ${config.trendDays}+ days`,
      evidence: trended.flatMap((r) => [
        readingEvidence(r.subscription, r.baseline!, false),
        readingEvidence(r.subscription, r.latest, r.latest.fromSubscription),
      ]),
    });
  }
  if (utilisation !== null && utilisation < config.flags.utilisationBelow) {
    redFlags.push({
      code: 'LOW_UTILISATION',
      component: 'USAGE',
      message: `Only ${Math.round(utilisation * 100)}% of licensed seats are active (${used} of ${licensed})`,
      evidence: readings.map((r) => readingEvidence(r.subscription, r.latest, r.latest.fromSubscription)),
    });
  }
  return { rawScore, inputs, evidence, missing, redFlags };
}

/** The latest reading of each subscription counting on asOf, and its baseline `trendDays` earlier. */
export function latestUsage(
  subscriptions: readonly HealthSubscription[],
  asOf: HealthAsOf,
  trendDays: number,
): SubscriptionUsage[] {
  return subscriptions
    .filter((s) => countsOn(s, asOf.day) === true)
    .flatMap((s) => usageOf(s, asOf, trendDays));
}

function usageOf(subscription: HealthSubscription, asOf: HealthAsOf, trendDays: number): SubscriptionUsage[] {
  const snapshots = subscription.usage
    .filter((u) => u.date <= asOf.day)
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = snapshots.at(-1);
  const latest =
    last !== undefined
      ? { ...last, fromSubscription: false }
      : asOf.current && subscription.seatsUsed !== null
        ? {
            id: subscription.id,
            date: asOf.day,
            licensedSeats: subscription.seatsLicensed,
            activeSeats: subscription.seatsUsed,
            fromSubscription: true,
          }
        : null;
  if (latest === null) return [];
  const cutoff = shiftDay(latest.date, -trendDays);
  const baseline = snapshots.filter((u) => u.date <= cutoff).at(-1) ?? null;
  return [{ subscription, latest, baseline }];
}

export function readingEvidence(
  subscription: HealthSubscription,
  reading: UsageReading,
  fromSubscription: boolean,
): HealthEvidence {
  return {
    kind: fromSubscription ? 'SUBSCRIPTION' : 'USAGE_SNAPSHOT',
    id: reading.id,
    date: fromSubscription ? null : reading.date,
    label: `${subscription.productName} (${subscription.id}): ${reading.activeSeats} of ${reading.licensedSeats} seats active${fromSubscription ? " (the subscription's seatsUsed; usage date unknown)" : ''}`,
    value: reading.licensedSeats > 0 ? round(reading.activeSeats / reading.licensedSeats, 4) : null,
  };
}

function missingUsage(reason: string): ComponentReading {
  return { rawScore: null, inputs: [], evidence: [], missing: [{ input: 'USAGE', reason }], redFlags: [] };
}
