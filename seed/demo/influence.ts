import type { InfluenceRecord, PersonRecord } from '../../src/domain/graph-records';
import type { InfluenceKind } from '../../src/domain/vocabulary';
import type { Cast } from './cast';
import { round } from './numbers';
import { byId, isActive, levelOf } from './people';
import type { Random } from './random';
import type { AccountPlan } from './types';

/**
 * Who sways whom. Some edges follow reporting lines (FORMAL); most do not: peers across
 * departments, a trusted engineer a VP listens to, the champion's line to the economic buyer.
 */
export function generateInfluence(
  plan: AccountPlan,
  people: PersonRecord[],
  cast: Cast,
  rng: Random,
): InfluenceRecord[] {
  const edges = new Map<string, InfluenceRecord>();
  const add = (from: PersonRecord, to: PersonRecord, weight: number, kind: InfluenceKind): void => {
    const key = `${from.id}>${to.id}`;
    if (from === to || edges.has(key)) return;
    const source = kind === 'FORMAL' ? 'org-chart' : rng.pick(['account-team', 'meeting-notes', 'linkedin']);
    edges.set(key, { fromPersonId: from.id, toPersonId: to.id, weight: round(weight, 2), kind, source });
  };
  const lookup = byId(people);

  for (const person of people) {
    const manager = person.reportsToId ? lookup.get(person.reportsToId) : undefined;
    if (!manager) continue;
    if (rng.chance(levelOf(person) <= 2 ? 0.45 : 0.15)) add(manager, person, rng.float(0.55, 0.9), 'FORMAL');
    if (rng.chance(0.12)) add(person, manager, rng.float(0.3, 0.65), 'FORMAL');
  }

  const active = people.filter(isActive);
  const pick = (filter: (p: PersonRecord) => boolean): PersonRecord | null => {
    const pool = active.filter(filter);
    return pool.length > 0 ? rng.pick(pool) : null;
  };
  // Informal peer ties across departments, at the same or an adjacent level.
  for (let n = Math.round(people.length * 0.35); n > 0; n -= 1) {
    const from = rng.pick(people);
    const to = pick((p) => p.department !== from.department && Math.abs(levelOf(p) - levelOf(from)) <= 1);
    if (to) add(from, to, rng.float(0.2, 0.65), 'INFORMAL');
  }
  // An individual contributor whose word carries with a senior leader.
  for (let n = plan.segment === 'SMB' ? 1 : rng.int(1, 2); n > 0; n -= 1) {
    const ic = pick((p) => p.seniority === 'INDIVIDUAL_CONTRIBUTOR');
    const leader = pick((p) => levelOf(p) <= 1 && p.reportsToId !== null);
    if (ic && leader && ic.reportsToId !== leader.id) add(ic, leader, rng.float(0.8, 0.95), 'INFORMAL');
  }

  const singleThreaded = plan.engagement === 'single-threaded';
  add(
    cast.champion,
    cast.economicBuyer,
    singleThreaded ? rng.float(0.2, 0.35) : rng.float(0.5, 0.85),
    'INFORMAL',
  );
  if (cast.championManager) add(cast.champion, cast.championManager, rng.float(0.5, 0.8), 'FORMAL');
  if (cast.sponsor) add(cast.sponsor, cast.economicBuyer, rng.float(0.6, 0.9), 'INFORMAL');
  for (const evaluator of cast.technicalEvaluators) {
    const decider = cast.decisionMakers.length > 0 ? rng.pick(cast.decisionMakers) : cast.economicBuyer;
    add(evaluator, decider, rng.float(0.45, 0.8), 'INFORMAL');
  }
  for (const detractor of cast.detractors)
    add(detractor, cast.economicBuyer, rng.float(0.4, 0.7), 'INFORMAL');
  for (const blocker of cast.blockers) {
    if (cast.decisionMakers[0]) add(blocker, cast.decisionMakers[0], rng.float(0.5, 0.8), 'INFORMAL');
  }
  return [...edges.values()];
}
