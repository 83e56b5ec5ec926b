import type {
  AccountCoverageRecord,
  InteractionRecord,
  PersonRecord,
  RoleAssignmentRecord,
} from '../../src/domain/graph-records';
import type { InteractionType } from '../../src/domain/vocabulary';
import { contactsOf, holds, pickContacts, type Contact } from './contacts';
import { formatInstant, parseDay, previousWeekday, type Day } from './dates';
import { ids } from './ids';
import {
  CONTACT_WEIGHTS,
  REACH_WITHOUT_ROLE,
  VOLUME_PER_PERSON,
  directionFor,
  durationFor,
  interactionType,
  peopleCount,
  teamCount,
  type ContactWeights,
} from './interaction-mix';
import { subjectFor } from './interaction-subjects';
import { clamp } from './numbers';
import { isThere } from './people';
import { quarterlyReviews, type InteractionDraft } from './quarterly-reviews';
import type { Random } from './random';
import type { AccountPlan, Engagement, GenerationContext } from './types';

/** "Recent" for the single-threaded story: the six months an account strategist looks at. */
const RECENT_DAYS = 183;

export interface InteractionInputs {
  people: PersonRecord[];
  roles: RoleAssignmentRecord[];
  coverage: AccountCoverageRecord[];
  productNames: string[];
  holdsQbrs: boolean;
  /** Start of the sales cycle, or of the two-year window if the account is older. */
  firstContactDay: Day;
}

/**
 * Two years of touchpoints, two thirds of them in the last year. Who is contacted follows the
 * roles people held on the day, so a champion who left stops appearing the day they left.
 */
export function generateInteractions(
  ctx: GenerationContext,
  plan: AccountPlan,
  inputs: InteractionInputs,
  rng: Random,
): InteractionRecord[] {
  const known = contactsOf(inputs.people, inputs.roles);
  const reach = REACH_WITHOUT_ROLE[plan.engagement];
  const contacts = known.filter((contact) => contact.spans.length > 0 || rng.chance(reach));
  const span = ctx.asOfDay - inputs.firstContactDay;
  const volume = Math.round(
    plan.knownPeople *
      VOLUME_PER_PERSON[plan.engagement] *
      rng.float(0.85, 1.15) *
      clamp(span / 730, 0.35, 1),
  );
  const choosePeople = peopleChooser(ctx, plan.engagement, contacts, rng);
  const drafts: InteractionDraft[] = [];
  for (let n = 0; n < volume; n += 1) {
    const daysAgo = span <= 365 || rng.chance(0.67) ? rng.int(0, Math.min(span, 364)) : rng.int(365, span);
    const weekday = previousWeekday(ctx.asOfDay - daysAgo);
    const day = weekday >= inputs.firstContactDay ? weekday : ctx.asOfDay - daysAgo;
    const type = interactionType(rng);
    const personIds = choosePeople(day, peopleCount(type, rng));
    if (personIds.length === 0) continue;
    drafts.push({
      accountId: plan.id,
      type,
      direction: directionFor(type, rng),
      durationMinutes: durationFor(type, rng),
      subject: subjectFor(type, day, inputs.productNames, rng),
      teamMemberIds: pickTeam(inputs.coverage, day, type, rng),
      personIds,
      day,
      minute: rng.int(32, 71) * 15,
    });
  }
  if (inputs.holdsQbrs) drafts.push(...quarterlyReviews(ctx, plan, contacts, inputs, rng));

  drafts.sort((a, b) => a.day - b.day || a.minute - b.minute);
  const records = drafts.map(({ day, minute, ...rest }, i) => ({
    id: ids.interaction(plan.index, i + 1),
    ...rest,
    occurredAt: formatInstant(day, minute),
  }));
  const request = seatRequest(ctx, plan, inputs, contacts);
  // Numbered after the drawn ones, so adding it renumbers nothing.
  return request
    ? [...records, { id: ids.interaction(plan.index, records.length + 1), ...request }]
    : records;
}

/** The economic buyer's own question about seats (plan.setup.seatRequestDaysAgo); no random draw. */
function seatRequest(
  ctx: GenerationContext,
  plan: AccountPlan,
  inputs: InteractionInputs,
  contacts: Contact[],
): Omit<InteractionRecord, 'id'> | null {
  const daysAgo = plan.setup.seatRequestDaysAgo;
  if (daysAgo === undefined) return null;
  const day = previousWeekday(ctx.asOfDay - daysAgo);
  const buyer = contacts.find((c) => isThere(c.tenure, day) && holds(c, 'ECONOMIC_BUYER', day));
  const csm = inputs.coverage.find((c) => c.role === 'CSM') ?? inputs.coverage[0];
  if (!buyer || !csm) return null;
  return {
    accountId: plan.id,
    type: 'EMAIL',
    direction: 'INBOUND',
    durationMinutes: null,
    subject: `Seat true-up question: ${inputs.productNames[0] ?? 'the platform'} is nearly full`,
    teamMemberIds: [csm.teamMemberId],
    personIds: [buyer.person.id],
    occurredAt: formatInstant(day, 9 * 60 + 30),
  };
}

/**
 * Draws the customer side of an interaction. On a single-threaded account, recent contact goes
 * to the champion alone except for every twelfth touch, which goes round the others in turn, never
 * to the economic buyer.
 */
function peopleChooser(
  ctx: GenerationContext,
  engagement: Engagement,
  contacts: Contact[],
  rng: Random,
): (day: Day, count: number) => string[] {
  const weights: ContactWeights = CONTACT_WEIGHTS[engagement];
  let recentTouches = 0;
  let spread = 0;
  return (day, count) => {
    if (engagement !== 'single-threaded' || ctx.asOfDay - day >= RECENT_DAYS) {
      return pickContacts(contacts, day, weights, count, rng);
    }
    recentTouches += 1;
    const champion = contacts.find((c) => isThere(c.tenure, day) && holds(c, 'CHAMPION', day));
    if (champion && recentTouches % 12 !== 0) return [champion.person.id];
    // The other touches go round the rest in turn, so nobody builds a relationship of their own
    // whatever day the portfolio is generated for (a weighted draw let one person collect enough).
    const others = contacts.filter(
      (c) => c !== champion && isThere(c.tenure, day) && !holds(c, 'ECONOMIC_BUYER', day),
    );
    if (others.length === 0) return [];
    const next = others[spread % others.length]!;
    spread += 1;
    return [next.person.id];
  };
}

function pickTeam(coverage: AccountCoverageRecord[], day: Day, type: InteractionType, rng: Random): string[] {
  const live = type === 'MEETING' || type === 'EVENT';
  const roleWeight = {
    ACCOUNT_OWNER: 3,
    CSM: 4,
    SOLUTIONS_ENGINEER: live ? 3 : 1.5,
    EXECUTIVE_SPONSOR: live ? 1 : 0.3,
  };
  const eligible = coverage.filter((c) => parseDay(c.since ?? '1970-01-01') <= day);
  return rng.weightedSample(
    eligible.map((c) => [c.teamMemberId, roleWeight[c.role]] as const),
    teamCount(type, rng),
  );
}
