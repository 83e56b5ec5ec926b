import type { PersonRecord, RoleAssignmentRecord } from '../../src/domain/graph-records';
import type { StakeholderRole } from '../../src/domain/vocabulary';
import type { Cast } from './cast';
import { formatDay, type Day } from './dates';
import { levelOf, tenureOf } from './people';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

/**
 * Dated role assignments from the cast. A role ends (`until`) when its holder leaves, and a
 * champion who left is followed by the current one from shortly after.
 */
export function assignRoles(
  ctx: GenerationContext,
  plan: AccountPlan,
  people: PersonRecord[],
  cast: Cast,
  rng: Random,
): RoleAssignmentRecord[] {
  const records: RoleAssignmentRecord[] = [];
  // Relationships start in the sales cycle, a few months before the first contract.
  const salesCycleStart = plan.customerSinceDay - 120;

  const sinceFor = (person: PersonRecord, notBefore: Day): Day => {
    const tenure = tenureOf(person);
    const earliest = Math.max(tenure.start + rng.int(14, 120), notBefore + rng.int(0, 150));
    return Math.min(earliest, ctx.asOfDay - 7, tenure.end - 30);
  };
  const add = (person: PersonRecord, role: StakeholderRole, since: Day, until: Day | null = null): void => {
    const end = until ?? tenureOf(person).end;
    if (end <= since) return;
    records.push({
      personId: person.id,
      accountId: plan.id,
      role,
      since: formatDay(since),
      until: Number.isFinite(end) ? formatDay(end) : null,
      source: rng.weighted([
        ['salesforce', 7],
        ['account-team', 3],
      ]),
    });
  };

  const previous = cast.previousChampion;
  if (previous) {
    const handover = tenureOf(previous).end;
    add(previous, 'CHAMPION', Math.min(sinceFor(previous, salesCycleStart), handover - 90));
    const start = Math.max(handover + rng.int(7, 60), tenureOf(cast.champion).start + 14);
    add(cast.champion, 'CHAMPION', Math.min(start, ctx.asOfDay - 7));
  } else {
    add(cast.champion, 'CHAMPION', sinceFor(cast.champion, salesCycleStart));
  }
  add(cast.economicBuyer, 'ECONOMIC_BUYER', sinceFor(cast.economicBuyer, salesCycleStart));
  cast.decisionMakers.forEach((person) => add(person, 'DECISION_MAKER', sinceFor(person, salesCycleStart)));
  if (cast.sponsor) add(cast.sponsor, 'EXECUTIVE_SPONSOR', sinceFor(cast.sponsor, plan.customerSinceDay));
  cast.technicalEvaluators.forEach((p) => add(p, 'TECHNICAL_EVALUATOR', sinceFor(p, salesCycleStart)));
  cast.influencers.forEach((person) => add(person, 'INFLUENCER', sinceFor(person, salesCycleStart)));
  cast.endUsers.forEach((person) => add(person, 'END_USER', sinceFor(person, plan.customerSinceDay)));
  cast.detractors.forEach((person) => add(person, 'DETRACTOR', sinceFor(person, ctx.asOfDay - 400)));
  cast.blockers.forEach((person) => add(person, 'BLOCKER', sinceFor(person, ctx.asOfDay - 300)));

  // People who left usually played some part while they were there.
  const alreadyCast = new Set(records.map((record) => record.personId));
  for (const person of people) {
    if (person.status !== 'DEPARTED' || alreadyCast.has(person.id)) continue;
    const level = levelOf(person);
    if (level >= 3 && rng.chance(0.5)) add(person, 'END_USER', sinceFor(person, plan.customerSinceDay));
    else if (level >= 1 && level <= 2 && rng.chance(0.4))
      add(person, 'INFLUENCER', sinceFor(person, salesCycleStart));
  }
  return records;
}
