import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { OpportunityCandidate } from './opportunity-candidates';
import { capacityOf } from './opportunity-context';
import { describeRequest, matchingRequests, requestEvidence } from './opportunity-intent';
import type { ServedObjective } from './opportunity-objectives';
import {
  daysFrom,
  judgement,
  num,
  objectiveEvidence,
  type Judgement,
  type OpportunityAccountFacts,
  type OpportunityReason,
} from './opportunity-parts';
import { addDays } from './signals-fit';

/** When to raise it, and why that day. */
export interface SuggestedTiming {
  /** `YYYY-MM-DD`: the earliest day a timing reason asks for; never before asOf. */
  date: string;
  why: string;
  /** Already late: the last good day has passed (or the seats ran out). */
  overdue: boolean;
  /**
   * The last good day to raise it (the ceiling or renewal less its lead), when one applies: a
   * request answered now still leaves the capacity conversation due by then.
   */
  deadline: string | null;
  deadlineWhy: string | null;
}

/** A timing reason with the day it asks us to act. */
interface Timed {
  reason: OpportunityReason;
  actBy: string;
  why: string;
  overdue: boolean;
  /** The last good day, for reasons that have one. */
  deadline: { date: string; why: string } | null;
}

const later = (a: string, b: string): string => (a > b ? a : b);

function ceiling(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['timing'],
): { timed: Timed | null; note: string | null } {
  const signal = capacityOf(candidate, facts);
  const capacity = signal?.capacity;
  if (!signal || !capacity) return { timed: null, note: null };
  const evidence = capacity.snapshots.slice(-1).map((s) => ({
    kind: 'USAGE_SNAPSHOT' as const,
    id: s.id,
    date: s.date,
    label: `${num(s.activeSeats)} of ${num(s.licensedSeats)} seats active`,
    value: s.activeSeats,
  }));
  if (capacity.activeSeats >= capacity.licensedSeats) {
    const since = capacity.projectedFullAt ?? signal.observedAt;
    return {
      timed: {
        reason: {
          code: 'CEILING_REACHED',
          met: true,
          detail: `At or over the ${num(capacity.licensedSeats)} licensed seats since ${since}: the ceiling is already here`,
          date: since,
          evidence,
        },
        actBy: facts.asOf,
        why: `Now: the seats ran out on ${since}`,
        overdue: true,
        deadline: { date: since, why: `The seats ran out on ${since}` },
      },
      note: null,
    };
  }
  if (capacity.projectedFullAt === null || capacity.raiseConversationBy === null) {
    return { timed: null, note: `no date for the ceiling (${capacity.note ?? 'no growth rate'})` };
  }
  const days = daysFrom(facts.asOf, capacity.projectedFullAt);
  if (days > config.ceilingHorizonDays) {
    return {
      timed: null,
      note: `the ceiling is projected on ${capacity.projectedFullAt}, ${days} days out (beyond ${config.ceilingHorizonDays})`,
    };
  }
  const overdue = capacity.raiseConversationBy < facts.asOf;
  return {
    timed: {
      reason: {
        code: 'CEILING_APPROACHING',
        met: true,
        detail: `${num(capacity.licensedSeats)} seats projected full on ${capacity.projectedFullAt} (in ${days} days) at +${capacity.growthPerMonth} a month; the capacity conversation is due by ${capacity.raiseConversationBy}`,
        date: capacity.projectedFullAt,
        evidence,
      },
      actBy: later(capacity.raiseConversationBy, facts.asOf),
      why: overdue
        ? `Now: the conversation was due on ${capacity.raiseConversationBy}, before the ceiling on ${capacity.projectedFullAt}`
        : `Ahead of the ceiling on ${capacity.projectedFullAt}, not after it`,
      overdue,
      deadline: {
        date: capacity.raiseConversationBy,
        why: `${daysFrom(capacity.raiseConversationBy, capacity.projectedFullAt)} days before the seats run out on ${capacity.projectedFullAt}`,
      },
    },
    note: null,
  };
}

function renewal(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['timing'],
): Timed | null {
  const own = candidate.target.subscriptionId;
  // A product or unit not licensed yet rides on the account's next renewal (co-termed).
  const subscriptions = facts.subscriptions.filter(
    (s) => s.inForce && s.renewalDate !== null && (own === null || s.id === own),
  );
  const next = subscriptions
    .filter((s) => s.renewalDate! >= facts.asOf)
    .sort((a, b) => a.renewalDate!.localeCompare(b.renewalDate!) || a.id.localeCompare(b.id))[0];
  if (!next) return null;
  const days = daysFrom(facts.asOf, next.renewalDate!);
  if (days > config.renewalWithinDays) return null;
  const raiseBy = addDays(next.renewalDate!, -config.renewalLeadDays);
  return {
    reason: {
      code: 'RENEWAL_APPROACHING',
      met: true,
      detail: `${own === null ? `The account's next renewal, ${next.productName} (${next.id}),` : `${next.id}`} renews on ${next.renewalDate} (in ${days} days): the change can land in it`,
      date: next.renewalDate,
      evidence: [
        {
          kind: 'SUBSCRIPTION',
          id: next.id,
          date: next.renewalDate,
          label: `${next.productName} renews`,
          value: next.arr,
        },
      ],
    },
    actBy: later(raiseBy, facts.asOf),
    why:
      raiseBy < facts.asOf
        ? `Now: within ${config.renewalLeadDays} days of the renewal on ${next.renewalDate}`
        : `${config.renewalLeadDays} days before the renewal on ${next.renewalDate}`,
    overdue: raiseBy < facts.asOf,
    deadline: {
      date: raiseBy,
      why: `${config.renewalLeadDays} days before the renewal on ${next.renewalDate}`,
    },
  };
}

function objectivesDue(
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig['timing'],
): Timed[] {
  return served.flatMap((s): Timed[] => {
    const due = s.objective.dueDate;
    if (due === null || due < facts.asOf) return [];
    const days = daysFrom(facts.asOf, due);
    if (days > config.objectiveDueWithinDays) return [];
    return [
      {
        reason: {
          code: 'OBJECTIVE_DUE',
          met: true,
          detail: `Their objective "${s.objective.title}" is due on ${due} (in ${days} days)`,
          date: due,
          evidence: [objectiveEvidence(s.objective)],
        },
        actBy: facts.asOf,
        why: `Now: to help before "${s.objective.title}" is due on ${due}`,
        overdue: false,
        deadline: null,
      },
    ];
  });
}

/**
 * Timing, why now: the seat ceiling is projected within `ceilingHorizonDays` (raise it
 * `signals…conversationLeadDays` before; already reached: now), the subscription (for a product
 * or unit not licensed yet: the account's next) renews within `renewalWithinDays` (raise it
 * `renewalLeadDays` before), an objective it serves is due within `objectiveDueWithinDays`, or
 * they asked within the intent window. The suggested day is the earliest of these, never before
 * asOf; the deadline, the earliest last-good-day of the ceiling and the renewal.
 */
export function timingJudgement(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig,
): { judgement: Judgement; suggested: SuggestedTiming | null } {
  const { timed: atCeiling, note } = ceiling(candidate, facts, config.timing);
  // Listed in this order, and on the same day the first one gives the why.
  const timed: Timed[] = [
    ...(atCeiling ? [atCeiling] : []),
    ...matchingRequests(candidate, facts, config.intent)
      .slice(0, 1)
      .map((m): Timed => ({
        reason: {
          code: 'RECENT_REQUEST',
          met: true,
          detail: `They raised it themselves: ${describeRequest(m)}`,
          date: m.request.occurredAt,
          evidence: requestEvidence(m),
        },
        actBy: facts.asOf,
        why: `Now: answer their request of ${m.request.occurredAt.slice(0, 10)}`,
        overdue: false,
        deadline: null,
      })),
    ...[renewal(candidate, facts, config.timing)].filter((t): t is Timed => t !== null),
    ...objectivesDue(facts, served, config.timing),
  ];
  const first = [...timed].sort((a, b) => a.actBy.localeCompare(b.actBy))[0];
  const deadline = timed
    .filter((t) => t.deadline !== null)
    .sort((a, b) => a.deadline!.date.localeCompare(b.deadline!.date))[0];
  const missing = [
    note ?? (candidate.target.expansionType === 'SEAT_EXPANSION' ? 'no seat ceiling in sight' : null),
    `no renewal within ${config.timing.renewalWithinDays} days`,
    `no objective it serves due within ${config.timing.objectiveDueWithinDays} days`,
    `no request of theirs in the last ${config.intent.windowDays} days`,
  ].filter((m): m is string => m !== null);
  return {
    judgement: judgement(
      timed.map((t) => t.reason),
      `Nothing makes it urgent now: ${missing.join('; ')}`,
    ),
    suggested: first
      ? {
          date: first.actBy,
          why: first.why,
          overdue: first.overdue,
          deadline: deadline?.deadline?.date ?? null,
          deadlineWhy: deadline?.deadline?.why ?? null,
        }
      : null,
  };
}
