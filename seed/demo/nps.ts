import type { NpsResponseRecord, PersonRecord } from '../../src/domain/graph-records';
import { formatInstant, previousWeekday } from './dates';
import { ids } from './ids';
import { isThere, tenureOf } from './people';
import type { Random } from './random';
import { npsComment } from './support-text';
import type { AccountPlan, GenerationContext } from './types';

/** Twice-yearly relationship surveys, answered by a handful of people each time. */
export function generateNps(
  ctx: GenerationContext,
  plan: AccountPlan,
  people: PersonRecord[],
  rng: Random,
): NpsResponseRecord[] {
  const responses: NpsResponseRecord[] = [];
  const tenures = people
    .filter((p) => p.reportsToId !== null)
    .map((person) => ({ person, tenure: tenureOf(person) }));
  const perWave = ({ SMB: [1, 2], MID_MARKET: [2, 4], ENTERPRISE: [3, 7] } as const)[plan.segment];
  for (let wave = 3; wave >= 0; wave -= 1) {
    const surveyDay = ctx.asOfDay - 25 - 182 * wave;
    if (surveyDay < plan.customerSinceDay + 60) continue;
    const day = previousWeekday(surveyDay + rng.int(0, 6));
    const present = tenures.filter(({ tenure }) => isThere(tenure, day)).map(({ person }) => person);
    for (const person of rng.sample(present, rng.int(perWave[0], perWave[1]))) {
      const score = npsScore(plan, wave, rng);
      responses.push({
        id: ids.nps(plan.index, responses.length + 1),
        accountId: plan.id,
        personId: person.id,
        score,
        answeredAt: formatInstant(day, rng.int(8 * 60, 20 * 60)),
        comment: rng.chance(0.5) ? npsComment(score, rng) : null,
      });
    }
  }
  return responses;
}

function npsScore(plan: AccountPlan, wave: number, rng: Random): number {
  const recent = wave <= 1;
  if (plan.setup.nps === 'high')
    return rng.weighted([
      [10, 4],
      [9, 4],
      [8, 2],
      [7, 0.5],
    ]);
  if (plan.setup.nps === 'low') return recent ? rng.int(1, 5) : rng.int(5, 8);
  if (plan.story === 'growing')
    return rng.weighted([
      [10, 3],
      [9, 4],
      [8, 3],
      [7, 1.5],
      [6, 0.5],
    ]);
  if (plan.story === 'ramping')
    return rng.weighted([
      [10, 2],
      [9, 3],
      [8, 3],
      [7, 2],
      [6, 1],
    ]);
  if (plan.story === 'declining' && recent)
    return rng.weighted([
      [8, 1],
      [7, 2],
      [6, 3],
      [5, 2],
      [4, 1.5],
      [3, 1],
    ]);
  return rng.weighted([
    [10, 1],
    [9, 2],
    [8, 4],
    [7, 3],
    [6, 1.5],
    [5, 0.5],
  ]);
}
