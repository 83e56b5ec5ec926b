import type { AccountCoverageRecord, InteractionRecord } from '../../src/domain/graph-records';
import type { StakeholderRole } from '../../src/domain/vocabulary';
import { holds, type Contact } from './contacts';
import { parseDay, previousWeekday, type Day } from './dates';
import { durationFor } from './interaction-mix';
import { subjectFor } from './interaction-subjects';
import { isThere } from './people';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

export interface InteractionDraft extends Omit<InteractionRecord, 'id' | 'occurredAt'> {
  day: Day;
  minute: number;
}

const LEADERS: StakeholderRole[] = ['CHAMPION', 'ECONOMIC_BUYER', 'EXECUTIVE_SPONSOR', 'DECISION_MAKER'];

/**
 * One business review a quarter with whoever leads the relationship on their side that quarter,
 * and the account owner, CSM and (if any) our executive on ours.
 */
export function quarterlyReviews(
  ctx: GenerationContext,
  plan: AccountPlan,
  contacts: Contact[],
  input: { coverage: AccountCoverageRecord[]; productNames: string[]; firstContactDay: Day },
  rng: Random,
): InteractionDraft[] {
  const reviews: InteractionDraft[] = [];
  const earliest = Math.max(input.firstContactDay, plan.customerSinceDay + 60);
  for (let quarter = 0; quarter < 8; quarter += 1) {
    const day = previousWeekday(ctx.asOfDay - 40 - 91 * quarter + rng.int(-12, 12));
    if (day < earliest) continue;
    const present = contacts.filter((c) => isThere(c.tenure, day));
    const leaders = present.filter((c) => LEADERS.some((role) => holds(c, role, day)));
    const guests = rng.sample(
      present.filter((c) => !leaders.includes(c) && c.spans.length > 0),
      rng.int(0, 2),
    );
    const personIds = [...leaders, ...guests].slice(0, 6).map((c) => c.person.id);
    if (personIds.length === 0) continue;
    const team = input.coverage.filter(
      (c) => c.role !== 'SOLUTIONS_ENGINEER' && parseDay(c.since ?? '1970-01-01') <= day,
    );
    reviews.push({
      accountId: plan.id,
      type: 'QBR',
      direction: 'MUTUAL',
      durationMinutes: durationFor('QBR', rng),
      subject: subjectFor('QBR', day, input.productNames, rng),
      teamMemberIds: team.map((c) => c.teamMemberId),
      personIds,
      day,
      minute: rng.int(56, 64) * 15,
    });
  }
  return reviews;
}
