import type { AccountHealth } from '../scoring/health-score';
import type { ThreadingRisk } from '../scoring/threading-risk';
import type { GrowthStrategy } from './growth-strategy';
import type { PlanPerson } from './key-people';
import { bullets, document, escapeText, heading, money, orDash, percent, table } from './markdown';
import type { ActionItem, RenewalAhead } from './mutual-action-plan';
import type { CustomerVision, PlanObjective } from './objectives';
import type { ResourceAllocation, RaciAssignee } from './resource-allocation';
import type { SuccessMetric } from './success-metrics';

/** What the Markdown account plan is written from (the service's AccountPlan satisfies it). */
export interface PlanDocument {
  account: { id: string; name: string; industry: string | null; segment: string | null; arr: number };
  asOf: string;
  objectives: readonly PlanObjective[];
  vision: CustomerVision;
  health: AccountHealth;
  threading: ThreadingRisk;
  keyPeople: readonly PlanPerson[];
  moreKeyPeople: number;
  renewals: readonly RenewalAhead[];
  growthStrategy: GrowthStrategy;
  resourceAllocation: ResourceAllocation;
  successMetrics: readonly SuccessMetric[];
  mutualActionPlan: readonly ActionItem[];
  gaps: readonly string[];
}

/** Extra sections other parts of the plan contribute (opportunities, calendar), already rendered. */
export interface PlanSections {
  opportunities?: string | null;
  calendar?: string | null;
}

const who = (a: RaciAssignee): string =>
  a.teamMember === null
    ? `${a.role} (nobody)`
    : `${a.teamMember.name} (${a.teamMember.role}${a.teamMember.standsInFor ? ` for ${a.teamMember.standsInFor}` : ''})`;

export function metricValue(metric: Pick<SuccessMetric, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  return metric.unit === 'ratio' ? percent(value, 1) : String(value);
}

function overview(plan: PlanDocument): string {
  const nextRenewal = plan.renewals[0];
  return table(
    ['Account', 'Industry', 'Segment', 'ARR', 'Health', 'Threading risk', 'Next renewal'],
    [
      [
        `${plan.account.name} (${plan.account.id})`,
        orDash(plan.account.industry),
        orDash(plan.account.segment),
        money(plan.account.arr),
        plan.health.score === null ? 'unknown' : `${plan.health.score} ${plan.health.band}`,
        `${plan.threading.score} ${plan.threading.level}`,
        nextRenewal ? `${nextRenewal.renewalDate} (${money(nextRenewal.arr)})` : '—',
      ],
    ],
  );
}

function objectivesSection(plan: PlanDocument): string {
  const rows = plan.objectives
    .filter((o) => o.status === 'ACTIVE' || o.status === 'PROPOSED' || o.status === 'ACHIEVED')
    .map((o) => [
      o.title,
      o.metric === null ? '—' : `${o.metric}${o.targetValue !== null ? `: ${o.targetValue}` : ''}`,
      orDash(o.dueDate) + (o.overdue ? ' (overdue)' : ''),
      o.status,
      o.owner === null
        ? '—'
        : `${o.owner.name}${o.owner.status === 'DEPARTED' ? ' (left)' : o.ownerEngaged ? ' (engaged)' : ' (not engaged)'}`,
    ]);
  return document(
    heading(2, '1. Customer objectives and vision'),
    plan.vision.statement === null
      ? '_No open objective is recorded: the vision is theirs to state — ask where the business is going in the next 12 months._'
      : `> ${escapeText(plan.vision.statement)}`,
    table(['Objective', 'Their metric', 'Due', 'Status', 'Owner'], rows),
  ).trimEnd();
}

function healthSection(health: AccountHealth): string {
  return document(
    heading(2, '2. Account health'),
    health.score === null
      ? `Health cannot be scored: ${health.missingInputs.join('; ')}.`
      : `**${health.score} — ${health.band}** (GREEN from ${health.bands.greenFrom}, YELLOW from ${health.bands.yellowFrom}).`,
    table(
      ['Component', 'Weight', 'Score', 'Contribution'],
      health.components.map((c) => [
        c.name,
        percent(c.weight, 0),
        c.missing ? 'missing' : String(c.rawScore),
        c.missing ? '—' : String(c.contribution),
      ]),
    ),
    health.redFlags.length > 0 ? bullets(health.redFlags.map((f) => `**${f.code}**: ${f.message}`)) : null,
    health.missingInputs.length > 0 ? `Missing: ${health.missingInputs.join('; ')}.` : null,
  ).trimEnd();
}

function stakeholderSection(plan: PlanDocument): string {
  const t = plan.threading;
  const coverage = t.roleCoverage.map((c) => `${c.role}: ${c.state}`).join(', ');
  return document(
    heading(2, '3. Stakeholder map'),
    `Threading risk **${t.score} ${t.level}**; ${t.engaged.length} people truly engaged; top contact's share ${percent(
      t.concentration.topShare,
    )}. Roles: ${coverage}.`,
    table(
      ['Person', 'Title', 'Roles', 'Strength', 'Engaged', 'Note'],
      plan.keyPeople.map((p) => [
        p.name,
        orDash(p.title),
        p.roles.join(', ') || '—',
        p.strength === null ? '—' : String(Math.round(p.strength)),
        p.engaged ? 'yes' : 'no',
        [
          p.critical ? 'critical: their departure cuts us off' : '',
          p.roles.length > 0 && p.withoutBackup ? 'no engaged backup' : '',
        ]
          .filter(Boolean)
          .join('; ') || '—',
      ]),
    ),
    plan.moreKeyPeople > 0 ? `_And ${plan.moreKeyPeople} more: see \`stakeholderMap(accountId)\`._` : null,
  ).trimEnd();
}

function strategySection(strategy: GrowthStrategy): string {
  return document(
    heading(2, '5. Growth strategy'),
    `**${strategy.motion}** — ${strategy.headline}`,
    bullets(strategy.rationale),
  ).trimEnd();
}

function resourceSection(allocation: ResourceAllocation): string {
  return document(
    heading(2, '6. Resource allocation'),
    table(
      ['Expansion type', 'Responsible', 'Accountable', 'Consulted', 'Informed', 'Pipeline'],
      allocation.raci.map((r) => [
        r.expansionType,
        who(r.responsible),
        who(r.accountable),
        r.consulted.map(who).join(', ') || '—',
        r.informed.map(who).join(', ') || '—',
        r.opportunityIds.length > 0 ? `${r.opportunityIds.length} (${money(r.pipelineValue)})` : '—',
      ]),
    ),
    table(
      ['Team member', 'Role', 'Leads', 'Play steps', 'Touchpoints'],
      allocation.team.map((t) => [
        t.teamMember.name,
        t.teamMember.role,
        t.leads.join(', ') || '—',
        String(t.playSteps),
        String(t.touchpoints),
      ]),
    ),
  ).trimEnd();
}

function metricsSection(metrics: readonly SuccessMetric[]): string {
  return document(
    heading(2, '7. Success metrics'),
    table(
      ['Metric', 'Now', 'Target', 'By', 'Status'],
      metrics.map((m) => [
        m.label,
        metricValue(m, m.current),
        `${m.comparison === 'AT_LEAST' ? '≥' : '≤'} ${metricValue(m, m.target)}`,
        m.dueDate,
        m.status,
      ]),
    ),
  ).trimEnd();
}

export function actionPlanTable(items: readonly ActionItem[]): string {
  return table(
    ['Date', 'Commitment', 'Our owner', 'Their side', 'From'],
    items.map((i) => [
      i.date + (i.overdue ? ' (overdue)' : ''),
      i.title,
      i.ourOwner === null ? 'nobody' : i.ourOwner.name,
      i.customerOwners.map((p) => p.name).join(', ') || '—',
      i.source,
    ]),
  );
}

function actionSection(items: readonly ActionItem[]): string {
  return document(
    heading(2, '8. Mutual action plan'),
    items.length === 0 ? '_Nothing is due in the plan’s horizon._' : actionPlanTable(items),
  ).trimEnd();
}

/** The strategic account plan as a Markdown document a person can read and share. */
export function renderPlanMarkdown(plan: PlanDocument, sections: PlanSections = {}): string {
  return document(
    heading(1, `Strategic account plan: ${plan.account.name}`),
    `_As of ${plan.asOf}. Every figure is computed from the graph; the GraphQL \`accountPlan\` query returns the evidence behind each._`,
    overview(plan),
    objectivesSection(plan),
    healthSection(plan.health),
    stakeholderSection(plan),
    document(
      heading(2, '4. Expansion opportunities'),
      sections.opportunities ?? '_No expansion opportunity was assessed._',
    ).trimEnd(),
    strategySection(plan.growthStrategy),
    resourceSection(plan.resourceAllocation),
    metricsSection(plan.successMetrics),
    actionSection(plan.mutualActionPlan),
    sections.calendar ? document(heading(2, '9. Engagement calendar'), sections.calendar).trimEnd() : null,
    plan.gaps.length > 0
      ? document(heading(2, 'What this plan could not fill'), bullets(plan.gaps)).trimEnd()
      : null,
  );
}
