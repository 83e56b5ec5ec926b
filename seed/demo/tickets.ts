import type { PersonRecord, SupportTicketRecord } from '../../src/domain/graph-records';
import type { TicketSeverity, TicketStatus } from '../../src/domain/vocabulary';
import { formatInstant, previousWeekday, type Day } from './dates';
import { ids } from './ids';
import { clamp, round } from './numbers';
import { isThere, levelOf, tenureOf } from './people';
import type { Random } from './random';
import { TICKET_SUBJECTS } from './support-text';
import type { AccountPlan, GenerationContext, Story } from './types';

const RESOLUTION_HOURS: Record<TicketSeverity, readonly [number, number]> = {
  URGENT: [2, 30],
  HIGH: [8, 96],
  MEDIUM: [24, 240],
  LOW: [48, 480],
};
const SEVERITY_PENALTY: Record<TicketSeverity, number> = { LOW: 0, MEDIUM: 0.1, HIGH: 0.3, URGENT: 0.45 };
const ESCALATION_RATE: Record<TicketSeverity, number> = { LOW: 0, MEDIUM: 0.04, HIGH: 0.2, URGENT: 0.5 };
const STORY_SENTIMENT: Record<Story, number> = { growing: 0.35, steady: 0.15, declining: -0.2, ramping: 0.2 };
const END_OF_AS_OF = 18 * 60;

interface TicketDraft {
  severity: TicketSeverity;
  day: Day;
  minute: number;
  sentiment: number;
  escalated: boolean;
}

export function generateTickets(
  ctx: GenerationContext,
  plan: AccountPlan,
  people: PersonRecord[],
  firstDay: Day,
  rng: Random,
): SupportTicketRecord[] {
  const drafts: TicketDraft[] = [];
  const count = Math.round(
    plan.knownPeople * 0.25 * (plan.story === 'declining' ? 1.5 : 1) * rng.float(0.7, 1.3),
  );
  for (let n = 0; n < count; n += 1) {
    const severity = rng.weighted<TicketSeverity>([
      ['LOW', 35],
      ['MEDIUM', 40],
      ['HIGH', 18],
      ['URGENT', 7],
    ]);
    const sentiment = STORY_SENTIMENT[plan.story] - SEVERITY_PENALTY[severity] + rng.normal(0, 0.25);
    const day = previousWeekday(rng.int(firstDay + 2, ctx.asOfDay));
    drafts.push({
      severity,
      day,
      minute: rng.int(7 * 60, 19 * 60),
      sentiment,
      escalated: rng.chance(ESCALATION_RATE[severity]),
    });
  }
  // The red-account pattern: a cluster of recent, angry escalations.
  for (let n = 0; n < (plan.setup.escalatedTickets ?? 0); n += 1) {
    const severity: TicketSeverity = n % 2 === 0 ? 'URGENT' : 'HIGH';
    const day = previousWeekday(ctx.asOfDay - rng.int(3, 85));
    drafts.push({
      severity,
      day,
      minute: rng.int(7 * 60, 19 * 60),
      sentiment: rng.float(-0.9, -0.45),
      escalated: true,
    });
  }
  drafts.sort((a, b) => a.day - b.day || a.minute - b.minute);

  const tenures = people.map((person) => ({ person, tenure: tenureOf(person), level: levelOf(person) }));
  return drafts.map((draft, i) => {
    const [low, high] = RESOLUTION_HOURS[draft.severity];
    const closedMinute = draft.minute + Math.round(rng.float(low, high) * 60);
    const closedBy = (ctx.asOfDay - draft.day) * 1440 + END_OF_AS_OF;
    // Recent tickets, and recent escalations especially, are often still being worked.
    const age = ctx.asOfDay - draft.day;
    const stillOpen = rng.chance(age < 30 ? 0.45 : draft.escalated && age < 90 ? 0.3 : 0);
    const isClosed = closedMinute <= closedBy && !stillOpen;
    const status: TicketStatus = isClosed ? 'CLOSED' : rng.chance(0.5) ? 'PENDING' : 'OPEN';
    const reporters = tenures.filter(({ tenure }) => isThere(tenure, draft.day));
    const reporter =
      reporters.length > 0 && rng.chance(0.94)
        ? rng.weighted(reporters.map((r) => [r.person, r.level + 0.5]))
        : null;
    return {
      id: ids.ticket(plan.index, i + 1),
      accountId: plan.id,
      raisedById: reporter?.id ?? null,
      subject: rng.pick(TICKET_SUBJECTS[draft.severity]),
      severity: draft.severity,
      status,
      sentiment: round(clamp(draft.sentiment, -1, 1), 2),
      escalated: draft.escalated,
      openedAt: formatInstant(draft.day, draft.minute),
      closedAt: isClosed ? formatInstant(draft.day, closedMinute) : null,
    };
  });
}
