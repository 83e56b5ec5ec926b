import type {
  ObjectiveFact,
  PeriodInteraction,
  PeriodSubscription,
  PeriodTicket,
  PeriodUsageSnapshot,
} from '../domain/plan-facts';
import type { ValueMetricKey } from '../domain/vocabulary';
import type { HealthEvidence } from '../scoring/health-parts';
import type { AccountRetention } from '../scoring/revenue-retention';
import { round } from '../scoring/score-parts';

/**
 * The value delivered over a period, in numbers, for the opening of an executive briefing or QBR
 * ("open every QBR with quantified ROI data"). Each metric compares the period with where it
 * started (usage, ARR) or with the period of the same length before it (support, NPS, contact),
 * and cites the rows it was read from. What the graph cannot measure is said, not guessed.
 */
export interface ValueMetric {
  key: ValueMetricKey;
  label: string;
  /** At the start of the period, or over the previous period (see `comparedWith`). */
  before: number | null;
  after: number | null;
  /** after − before, when both are known. */
  change: number | null;
  unit: string;
  comparedWith: 'PERIOD_START' | 'PREVIOUS_PERIOD' | 'NOTHING';
  /** Whether the change is good news for the customer; null when flat or unknown. */
  improved: boolean | null;
  summary: string;
  evidence: HealthEvidence[];
}

export interface ValueDelivered {
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  /** The previous period is [previousFrom, from). */
  previousFrom: string;
  metrics: ValueMetric[];
  /** What could not be measured, and why. */
  notMeasured: string[];
}

export interface NpsAnswer {
  id: string;
  score: number;
  answeredAt: string;
}

export interface ValueInput {
  from: string;
  to: string;
  previousFrom: string;
  subscriptions: readonly PeriodSubscription[];
  /** Opened or closed in [previousFrom, to]. */
  tickets: readonly PeriodTicket[];
  /** In [previousFrom, to]. */
  interactions: readonly PeriodInteraction[];
  objectives: readonly ObjectiveFact[];
  /** Answered in [previousFrom, to]. */
  nps: readonly NpsAnswer[];
  /** The account's ARR movement over [from, to]; null when it had no subscription. */
  retention: AccountRetention | null;
}

const DAY_MS = 86_400_000;
const EXECUTIVE_SENIORITIES = new Set(['C_LEVEL', 'VP']);

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const pct = (ratio: number): string => `${Math.round(ratio * 100)}%`;
const signed = (n: number, text = fmt(n)): string =>
  n > 0 ? `+${text}` : n < 0 ? `−${text.replace('-', '')}` : '±0';

function metric(
  key: ValueMetricKey,
  label: string,
  values: { before: number | null; after: number | null; unit: string },
  comparedWith: ValueMetric['comparedWith'],
  higherIsBetter: boolean,
  summary: string,
  evidence: HealthEvidence[],
): ValueMetric {
  const { before, after, unit } = values;
  const change = before !== null && after !== null ? round(after - before, 4) : null;
  const improved = change === null || change === 0 ? null : change > 0 === higherIsBetter;
  return { key, label, before, after, change, unit, comparedWith, improved, summary, evidence };
}

const inPeriod = (instantOrDay: string | null, from: string, to: string): boolean =>
  instantOrDay !== null && instantOrDay.slice(0, 10) >= from && instantOrDay.slice(0, 10) <= to;

const inPrevious = (instantOrDay: string | null, input: ValueInput): boolean =>
  instantOrDay !== null &&
  instantOrDay.slice(0, 10) >= input.previousFrom &&
  instantOrDay.slice(0, 10) < input.from;

function snapshotEvidence(sub: PeriodSubscription, s: PeriodUsageSnapshot): HealthEvidence {
  return {
    kind: 'USAGE_SNAPSHOT',
    id: s.id,
    date: s.date,
    label: `${sub.productName} (${sub.id}): ${s.activeSeats} of ${s.licensedSeats} seats active`,
    value: s.activeSeats,
  };
}

/** Subscriptions with two readings or more in the period: the first and the last of each. */
function readingPairs(subscriptions: readonly PeriodSubscription[]) {
  return subscriptions.flatMap((sub) =>
    sub.snapshots.length >= 2 ? [{ sub, first: sub.snapshots[0]!, last: sub.snapshots.at(-1)! }] : [],
  );
}

function seats(input: ValueInput, notMeasured: string[]): ValueMetric[] {
  const pairs = readingPairs(input.subscriptions);
  if (pairs.length === 0) {
    notMeasured.push('Seats and utilisation: fewer than two usage readings of any product in the period');
    return [];
  }
  const sum = (pick: (s: PeriodUsageSnapshot) => number, which: 'first' | 'last') =>
    pairs.reduce((total, p) => total + pick(p[which]), 0);
  const activeBefore = sum((s) => s.activeSeats, 'first');
  const activeAfter = sum((s) => s.activeSeats, 'last');
  const licensedBefore = sum((s) => s.licensedSeats, 'first');
  const licensedAfter = sum((s) => s.licensedSeats, 'last');
  const evidence = pairs.flatMap((p) => [snapshotEvidence(p.sub, p.first), snapshotEvidence(p.sub, p.last)]);
  const products = [...new Set(pairs.map((p) => p.sub.productName))].join(', ');
  const growth =
    activeBefore > 0
      ? ` (${signed(activeAfter / activeBefore - 1, pct(activeAfter / activeBefore - 1))})`
      : '';
  const utilBefore = licensedBefore > 0 ? round(activeBefore / licensedBefore, 4) : null;
  const utilAfter = licensedAfter > 0 ? round(activeAfter / licensedAfter, 4) : null;
  return [
    metric(
      'ACTIVE_SEATS',
      'Active seats',
      { before: activeBefore, after: activeAfter, unit: 'seats' },
      'PERIOD_START',
      true,
      `${fmt(activeBefore)} → ${fmt(activeAfter)} active seats, ${signed(activeAfter - activeBefore)}${growth}, on ${products}`,
      evidence,
    ),
    metric(
      'SEAT_UTILISATION',
      'Seat utilisation',
      { before: utilBefore, after: utilAfter, unit: 'ratio' },
      'PERIOD_START',
      true,
      utilBefore !== null && utilAfter !== null
        ? `${pct(utilBefore)} → ${pct(utilAfter)} of ${fmt(licensedAfter)} licensed seats in use`
        : 'No licensed seats recorded',
      evidence,
    ),
  ];
}

function adoption(input: ValueInput, notMeasured: string[]): ValueMetric[] {
  const pairs = readingPairs(input.subscriptions).filter(
    (p) =>
      p.first.featuresAdopted !== null &&
      p.first.featuresAvailable &&
      p.last.featuresAdopted !== null &&
      p.last.featuresAvailable,
  );
  if (pairs.length === 0) {
    notMeasured.push('Feature adoption: no product has two readings of features adopted in the period');
    return [];
  }
  const ratio = (which: 'first' | 'last') =>
    round(
      pairs.reduce((t, p) => t + p[which].featuresAdopted!, 0) /
        pairs.reduce((t, p) => t + p[which].featuresAvailable!, 0),
      4,
    );
  const before = ratio('first');
  const after = ratio('last');
  const adoptedNow = pairs.reduce((t, p) => t + p.last.featuresAdopted!, 0);
  const adoptedThen = pairs.reduce((t, p) => t + p.first.featuresAdopted!, 0);
  return [
    metric(
      'FEATURE_ADOPTION',
      'Feature adoption',
      { before, after, unit: 'ratio' },
      'PERIOD_START',
      true,
      `${pct(before)} → ${pct(after)} of available features in use (${adoptedThen} → ${adoptedNow} features)`,
      pairs.flatMap((p) =>
        [p.first, p.last].map((s): HealthEvidence => ({
          kind: 'USAGE_SNAPSHOT',
          id: s.id,
          date: s.date,
          label: `${p.sub.productName}: ${s.featuresAdopted} of ${s.featuresAvailable} features adopted`,
          value: s.featuresAdopted,
        })),
      ),
    ),
  ];
}

function objectivesAchieved(input: ValueInput): ValueMetric {
  const achieved = input.objectives.filter(
    (o) => o.status === 'ACHIEVED' && inPeriod(o.dueDate, input.from, input.to),
  );
  const titles = achieved.map((o) =>
    o.metric !== null && o.targetValue !== null ? `${o.title} (${o.metric}: ${fmt(o.targetValue)})` : o.title,
  );
  return metric(
    'OBJECTIVES_ACHIEVED',
    'Customer objectives achieved',
    { before: null, after: achieved.length, unit: 'objectives' },
    'NOTHING',
    true,
    achieved.length === 0
      ? 'No objective due in the period is marked achieved'
      : `${achieved.length} of the customer's objectives achieved: ${titles.join('; ')}`,
    achieved.map((o) => ({
      kind: 'OBJECTIVE',
      id: o.id,
      date: o.dueDate,
      label: o.title,
      value: o.targetValue,
    })),
  );
}

function ticketEvidence(t: PeriodTicket, label: string, value: number | null): HealthEvidence {
  return { kind: 'SUPPORT_TICKET', id: t.id, date: t.closedAt ?? t.openedAt, label, value };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function support(input: ValueInput): ValueMetric[] {
  const resolvedIn = (inWindow: (d: string | null) => boolean) =>
    input.tickets.filter((t) => t.closedAt !== null && inWindow(t.closedAt));
  const resolved = resolvedIn((d) => inPeriod(d, input.from, input.to));
  const resolvedBefore = resolvedIn((d) => inPrevious(d, input));
  const days = resolved.map((t) => round((Date.parse(t.closedAt!) - Date.parse(t.openedAt)) / DAY_MS, 1));
  const medianDays = median(days);
  const escalated = input.tickets.filter((t) => t.escalated && inPeriod(t.openedAt, input.from, input.to));
  const escalatedBefore = input.tickets.filter((t) => t.escalated && inPrevious(t.openedAt, input));
  return [
    metric(
      'TICKETS_RESOLVED',
      'Support tickets resolved',
      { before: resolvedBefore.length, after: resolved.length, unit: 'tickets' },
      'PREVIOUS_PERIOD',
      true,
      resolved.length === 0
        ? 'No ticket was resolved in the period'
        : `${resolved.length} tickets resolved (previous period ${resolvedBefore.length}), median ${fmt(medianDays!)} days from opening to resolution`,
      resolved.map((t, i) => ticketEvidence(t, `${t.severity}: ${t.subject ?? 'ticket'} resolved`, days[i]!)),
    ),
    metric(
      'ESCALATIONS',
      'Escalated tickets',
      { before: escalatedBefore.length, after: escalated.length, unit: 'tickets' },
      'PREVIOUS_PERIOD',
      false,
      `${escalated.length} escalated tickets opened in the period (previous period ${escalatedBefore.length})`,
      escalated.map((t) => ticketEvidence(t, `Escalated: ${t.subject ?? 'ticket'}`, null)),
    ),
  ];
}

function nps(input: ValueInput, notMeasured: string[]): ValueMetric[] {
  const now = input.nps.filter((a) => inPeriod(a.answeredAt, input.from, input.to));
  const then = input.nps.filter((a) => inPrevious(a.answeredAt, input));
  if (now.length === 0) {
    notMeasured.push('NPS: nobody answered a survey in the period');
    return [];
  }
  const mean = (answers: readonly NpsAnswer[]) =>
    answers.length === 0 ? null : round(answers.reduce((t, a) => t + a.score, 0) / answers.length, 2);
  const after = mean(now)!;
  const before = mean(then);
  return [
    metric(
      'NPS',
      'NPS answers (mean, 0–10)',
      { before, after, unit: 'score' },
      'PREVIOUS_PERIOD',
      true,
      `Mean answer ${fmt(after)} from ${now.length} answers${before === null ? ' (none in the previous period)' : ` (previous period ${fmt(before)} from ${then.length})`}`,
      now.map((a) => ({
        kind: 'NPS_RESPONSE',
        id: a.id,
        date: a.answeredAt,
        label: `Scored ${a.score}`,
        value: a.score,
      })),
    ),
  ];
}

function arr(input: ValueInput, notMeasured: string[]): ValueMetric[] {
  const r = input.retention;
  if (r === null) {
    notMeasured.push('ARR: no subscription in force during the period');
    return [];
  }
  const parts = [
    r.expansion > 0 ? `expansion ${fmt(r.expansion)}` : null,
    r.contraction > 0 ? `contraction ${fmt(r.contraction)}` : null,
    r.churn > 0 ? `churn ${fmt(r.churn)}` : null,
    r.newArr > 0 ? `new ${fmt(r.newArr)}` : null,
  ].filter((p): p is string => p !== null);
  return [
    metric(
      'ARR',
      'Annual recurring revenue',
      { before: r.startingArr, after: r.endingArr, unit: 'money' },
      'PERIOD_START',
      true,
      `${fmt(r.startingArr)} → ${fmt(r.endingArr)}${parts.length ? ` (${parts.join(', ')})` : ''}`,
      r.evidence.map((e) => ({
        kind: 'SUBSCRIPTION',
        id: e.subscriptionId,
        date: null,
        label: `${e.productName}: ${fmt(e.arrAtStart)} → ${fmt(e.arrAtEnd)}`,
        value: e.arrAtEnd,
      })),
    ),
  ];
}

function engagement(input: ValueInput): ValueMetric {
  const now = input.interactions.filter((i) => inPeriod(i.occurredAt, input.from, input.to));
  const then = input.interactions.filter((i) => inPrevious(i.occurredAt, input));
  const executives = new Map<string, string>();
  for (const i of now)
    for (const p of i.people)
      if (p.seniority !== null && EXECUTIVE_SENIORITIES.has(p.seniority))
        executives.set(p.id, p.title ? `${p.name} (${p.title})` : p.name);
  const people = new Set(now.flatMap((i) => i.people.map((p) => p.id)));
  const twoWay = now.filter((i) => i.direction !== 'OUTBOUND').length;
  const execText =
    executives.size > 0
      ? `, ${executives.size} executive${executives.size === 1 ? '' : 's'}: ${[...executives.values()].join(', ')}`
      : ', no executive';
  return metric(
    'ENGAGEMENT',
    'Interactions with the account',
    { before: then.length, after: now.length, unit: 'interactions' },
    'PREVIOUS_PERIOD',
    true,
    `${now.length} interactions (${twoWay} two-way; previous period ${then.length}) with ${people.size} people${execText}`,
    now
      .filter((i) => i.people.some((p) => executives.has(p.id)))
      .map((i) => ({
        kind: 'INTERACTION',
        id: i.id,
        date: i.occurredAt,
        label: `${i.type} with ${i.people
          .filter((p) => executives.has(p.id))
          .map((p) => p.name)
          .join(', ')}`,
        value: null,
      })),
  );
}

export function valueDelivered(input: ValueInput): ValueDelivered {
  const notMeasured: string[] = [
    'Time saved and cost avoided: the graph holds no measure of them; the objectives achieved are the customer’s own measure',
  ];
  const metrics = [
    objectivesAchieved(input),
    ...seats(input, notMeasured),
    ...adoption(input, notMeasured),
    ...support(input),
    ...nps(input, notMeasured),
    ...arr(input, notMeasured),
    engagement(input),
  ];
  return { from: input.from, to: input.to, previousFrom: input.previousFrom, metrics, notMeasured };
}
