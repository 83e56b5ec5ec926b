import type { PlanConfig } from '../config/analytics/plan';
import type { SuccessMetricKey, SuccessMetricStatus } from '../domain/vocabulary';
import { shiftDay } from '../scoring/health-parts';
import type { AccountHealth } from '../scoring/health-score';
import type { SuccessCheck } from '../scoring/play-gate';
import type { AccountRetention } from '../scoring/revenue-retention';
import { round } from '../scoring/score-parts';
import type { ThreadingRisk } from '../scoring/threading-risk';

/**
 * What the plan is judged by: retention (the metric everything serves), health, threading (the
 * seed's goal: no single departure threatens the account) and adoption — each today's value
 * against its configured target, due `metricsDueInDays` after the plan's day.
 */
export interface SuccessMetric {
  key: SuccessMetricKey;
  label: string;
  /** Null when it cannot be measured (named in `explanation`). */
  current: number | null;
  target: number;
  comparison: 'AT_LEAST' | 'AT_MOST';
  unit: string;
  status: SuccessMetricStatus;
  dueDate: string;
  explanation: string;
}

export interface SuccessMetricsInput {
  asOf: string;
  health: AccountHealth;
  threading: ThreadingRisk;
  /** The account's ARR movement over the trailing year; null when it had no subscription then. */
  trailingYear: AccountRetention | null;
  success: SuccessCheck;
}

const pct = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`;

function judged(
  key: SuccessMetricKey,
  label: string,
  current: number | null,
  target: number,
  comparison: SuccessMetric['comparison'],
  unit: string,
  dueDate: string,
  explain: (current: number) => string,
  unknown: string,
): SuccessMetric {
  const status: SuccessMetricStatus =
    current === null
      ? 'UNKNOWN'
      : (comparison === 'AT_LEAST' ? current >= target : current <= target)
        ? 'MET'
        : 'NOT_MET';
  return {
    key,
    label,
    current,
    target,
    comparison,
    unit,
    status,
    dueDate,
    explanation: current === null ? unknown : explain(current),
  };
}

export function successMetrics(input: SuccessMetricsInput, config: PlanConfig): SuccessMetric[] {
  const due = shiftDay(input.asOf, config.metricsDueInDays);
  const t = config.targets;
  const r = input.trailingYear;
  const base = r !== null && r.startingArr > 0 ? r.startingArr : null;
  const nrr = base === null ? null : round((base + r!.expansion - r!.contraction - r!.churn) / base, 4);
  const grr = base === null ? null : round((base - r!.contraction - r!.churn) / base, 4);
  const noBase = 'No ARR a year ago: retention is measured on revenue that existed at the start';
  const movement =
    r === null
      ? ''
      : ` (ARR ${r.startingArr} → ${r.endingArr}: expansion ${r.expansion}, contraction ${r.contraction}, churn ${r.churn})`;
  const healthTarget = t.healthScore === 'GREEN_BAND' ? input.health.bands.greenFrom : t.healthScore;
  const threading = input.threading;
  const critical = threading.criticalPeople;
  return [
    judged(
      'NET_REVENUE_RETENTION',
      'Net revenue retention, trailing year',
      nrr,
      t.netRevenueRetention,
      'AT_LEAST',
      'ratio',
      due,
      (v) => `${pct(v)} over the last year${movement}; target ${pct(t.netRevenueRetention)}`,
      noBase,
    ),
    judged(
      'GROSS_REVENUE_RETENTION',
      'Gross revenue retention, trailing year',
      grr,
      t.grossRevenueRetention,
      'AT_LEAST',
      'ratio',
      due,
      (v) => `${pct(v)} kept before any expansion; target ${pct(t.grossRevenueRetention)}`,
      noBase,
    ),
    judged(
      'HEALTH_SCORE',
      'Account health score',
      input.health.score,
      healthTarget,
      'AT_LEAST',
      'points',
      due,
      (v) => `${v} (${input.health.band}); target ${healthTarget}, the GREEN band's floor`,
      `Health cannot be scored: ${input.health.missingInputs.join('; ')}`,
    ),
    judged(
      'ENGAGED_PEOPLE',
      'People we truly engage',
      threading.engaged.length,
      t.engagedPeople,
      'AT_LEAST',
      'people',
      due,
      (v) =>
        `${v} people above the engagement threshold with two-way contact in the window; target ${t.engagedPeople}`,
      '',
    ),
    judged(
      'TOP_CONTACT_SHARE',
      "Busiest contact's share of all contact",
      threading.concentration.topShare,
      t.maxTopContactShare,
      'AT_MOST',
      'ratio',
      due,
      (v) => `${pct(v)} of our contact goes to one person; at most ${pct(t.maxTopContactShare)}`,
      'No contact with anyone in the window',
    ),
    judged(
      'CRITICAL_PEOPLE',
      'People whose departure alone would cut us off from who decides',
      critical.length,
      0,
      'AT_MOST',
      'people',
      due,
      (v) =>
        v === 0
          ? 'No single departure cuts us off from the decision makers and economic buyers'
          : `${v} (${critical.map((c) => c.personId).join(', ')}): each, leaving, would cut us off from ${critical
              .map((c) => c.cutsOffIds.length)
              .join(', ')} of the people who decide; target none`,
      '',
    ),
    judged(
      'SEAT_UTILISATION',
      'Seat utilisation of what they own',
      input.success.utilisation === null ? null : round(input.success.utilisation, 4),
      t.utilisation,
      'AT_LEAST',
      'ratio',
      due,
      (v) => `${pct(v)} of licensed seats active (latest readings); target ${pct(t.utilisation)}`,
      'No usage reading of any owned product',
    ),
  ];
}
