import { bullets, document, heading, money, percent, table } from './markdown';
import { actionPlanTable, type PlanDocument, type PlanSections } from './plan-markdown';
import type { ValueDelivered, ValueMetric } from './value-delivered';

function valueCell(metric: ValueMetric, value: number | null): string {
  if (value === null) return '—';
  if (metric.unit === 'ratio') return percent(value);
  if (metric.unit === 'money') return money(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function changeCell(metric: ValueMetric): string {
  if (metric.change === null) return '—';
  const text =
    metric.unit === 'ratio' ? `${(metric.change * 100).toFixed(1)} pts` : valueCell(metric, metric.change);
  return metric.change > 0 ? `+${text}` : text;
}

/**
 * The executive briefing / QBR pack as Markdown: it opens with the value delivered in numbers,
 * before any talk of what comes next; then the customer's objectives ahead, health and risks,
 * the opportunities (ready ones first) and the mutual action plan to agree.
 */
export function renderBriefingMarkdown(
  accountName: string,
  value: ValueDelivered,
  plan: PlanDocument,
  sections: PlanSections = {},
): string {
  const ahead = plan.objectives.filter(
    (o) => (o.status === 'ACTIVE' || o.status === 'PROPOSED') && !o.overdue,
  );
  const health = plan.health;
  return document(
    heading(1, `Executive briefing: ${accountName}`),
    `_Business review of ${value.from} to ${value.to}, compared with ${value.previousFrom} to ${value.from}._`,
    heading(2, 'Value delivered'),
    bullets(value.metrics.map((m) => `**${m.label}**: ${m.summary}`)),
    table(
      ['Measure', 'Before', 'Now', 'Change', 'Compared with'],
      value.metrics.map((m) => [
        m.label,
        valueCell(m, m.before),
        valueCell(m, m.after),
        changeCell(m),
        m.comparedWith === 'PERIOD_START'
          ? 'start of the period'
          : m.comparedWith === 'PREVIOUS_PERIOD'
            ? 'previous period'
            : '—',
      ]),
    ),
    value.notMeasured.length > 0 ? `_Not measured: ${value.notMeasured.join('; ')}._` : null,
    heading(2, 'Where the business is going'),
    plan.vision.statement ?? '_No open objective is recorded: this review is the place to ask._',
    ahead.length > 0
      ? table(
          ['Objective', 'Due', 'Owner'],
          ahead.map((o) => [o.title, o.dueDate ?? '—', o.owner?.name ?? '—']),
        )
      : null,
    heading(2, 'Health and risks'),
    health.score === null
      ? `Health cannot be scored: ${health.missingInputs.join('; ')}.`
      : `Health **${health.score} ${health.band}**. ${plan.growthStrategy.headline}`,
    health.redFlags.length > 0 ? bullets(health.redFlags.map((f) => f.message)) : null,
    heading(2, 'Opportunities'),
    sections.opportunities ?? '_No expansion opportunity was assessed._',
    heading(2, 'Mutual action plan'),
    plan.mutualActionPlan.length > 0 ? actionPlanTable(plan.mutualActionPlan) : '_Nothing due yet._',
  );
}
