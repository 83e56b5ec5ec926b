import type { PersonRecord } from '../../src/domain/graph-records';
import type { Cast } from './cast';
import { formatDay, parseDay, type Day } from './dates';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

/** A few people have left; their reports still point at them, as CRM data usually does. */
export function markRandomDepartures(ctx: GenerationContext, people: PersonRecord[], rng: Random): void {
  for (const person of people) {
    if (person.reportsToId === null || !rng.chance(0.04)) continue;
    const departed: Day = ctx.asOfDay - rng.int(20, 700);
    person.status = 'DEPARTED';
    person.departedAt = formatDay(departed);
    person.startedAt = formatDay(departed - rng.int(180, 1600));
  }
}

/** Scenario departures happen after casting, so the person who leaves is the one who mattered. */
export function applyScenarioDepartures(ctx: GenerationContext, plan: AccountPlan, cast: Cast): void {
  const depart = (person: PersonRecord | null, daysAgo: number | undefined): void => {
    if (!person || daysAgo === undefined) return;
    const departed = ctx.asOfDay - daysAgo;
    person.status = 'DEPARTED';
    person.departedAt = formatDay(departed);
    if (person.startedAt === null || parseDay(person.startedAt) > departed - 500) {
      person.startedAt = formatDay(departed - 900);
    }
  };
  depart(cast.champion, plan.setup.championDepartsDaysAgo);
  depart(cast.sponsor, plan.setup.sponsorDepartsDaysAgo);
}
