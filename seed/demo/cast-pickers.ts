import type { PersonRecord } from '../../src/domain/graph-records';
import { primaryDepartmentName } from './account-profile';
import { parseDay } from './dates';
import { levelOf, subtreeOf } from './people';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

export function pickChampion(
  plan: AccountPlan,
  active: PersonRecord[],
  lookup: Map<string, PersonRecord>,
  rng: Random,
): PersonRecord | null {
  const primary = primaryDepartmentName(plan);
  const midLevel = (p: PersonRecord) => p.seniority === 'DIRECTOR' || p.seniority === 'MANAGER';
  const candidates = active.filter((p) => p.department === primary && midLevel(p));
  const level = plan.setup.championLevel;
  if (level) {
    // A champion whose departure leaves someone to turn to: an active manager and a successor.
    const strict = candidates.filter((p) => {
      const manager = p.reportsToId ? lookup.get(p.reportsToId) : undefined;
      return p.seniority === level && manager?.status === 'ACTIVE' && pickSuccessor(p, active, null) !== null;
    });
    if (strict.length > 0) return rng.pick(strict);
  }
  if (candidates.length > 0)
    return rng.weighted(candidates.map((p) => [p, p.seniority === 'DIRECTOR' ? 3 : 2]));
  const anyMid = active.filter(midLevel);
  if (anyMid.length > 0) return rng.pick(anyMid);
  const anyone = active.filter((p) => p.reportsToId !== null);
  return anyone.length > 0 ? rng.pick(anyone) : null;
}

/** A direct report one level down, else a peer, else anyone one level down in the department. */
export function pickSuccessor(
  champion: PersonRecord,
  active: PersonRecord[],
  rng: Random | null,
): PersonRecord | null {
  const level = levelOf(champion);
  const colleagues = active.filter((p) => p !== champion && p.department === champion.department);
  const tiers = [
    colleagues.filter((p) => p.reportsToId === champion.id && levelOf(p) === level + 1),
    colleagues.filter((p) => levelOf(p) === level),
    colleagues.filter((p) => levelOf(p) === level + 1),
  ];
  const tier = tiers.find((candidates) => candidates.length > 0);
  if (!tier) return null;
  return rng ? rng.pick(tier) : (tier[0] ?? null);
}

export function pickEndUsers(
  plan: AccountPlan,
  pool: PersonRecord[],
  champion: PersonRecord,
  people: PersonRecord[],
  rng: Random,
): PersonRecord[] {
  const primary = primaryDepartmentName(plan);
  const users = pool.filter((p) => levelOf(p) >= 3);
  const share = plan.engagement === 'multi-threaded' ? 0.45 : 0.3;
  const count = Math.max(2, Math.round(users.length * share));
  const chosen = rng.weightedSample(
    users.map((p) => [p, p.department === primary ? 3 : 1] as const),
    count,
  );
  // Usage rarely lives only inside the champion's team; make sure some of it does not.
  const team = subtreeOf(champion, people);
  const outside = rng.shuffle(users.filter((p) => !team.has(p.id) && !chosen.includes(p)));
  while (chosen.filter((p) => !team.has(p.id)).length < 3 && outside.length > 0) {
    chosen.push(outside.shift() as PersonRecord);
  }
  return chosen;
}

export function pickPreviousChampion(
  ctx: GenerationContext,
  plan: AccountPlan,
  people: PersonRecord[],
  rng: Random,
): PersonRecord | null {
  if (plan.setup.championLevel || plan.engagement !== 'normal' || !rng.chance(0.35)) return null;
  const candidates = people.filter((p) => {
    if (p.departedAt === null || (p.seniority !== 'DIRECTOR' && p.seniority !== 'MANAGER')) return false;
    const departed = parseDay(p.departedAt);
    return (
      departed >= ctx.asOfDay - 650 && departed <= ctx.asOfDay - 60 && departed > plan.customerSinceDay + 120
    );
  });
  return candidates.length > 0 ? rng.pick(candidates) : null;
}

export function unique(people: ReadonlyArray<PersonRecord | undefined>): PersonRecord[] {
  return people.filter((p, i): p is PersonRecord => p !== undefined && people.indexOf(p) === i);
}
