import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { StakeholderRole } from '../../domain/vocabulary';
import type { PairInteractions } from '../../repositories/relationship.repository';
import type { AccountPerson, InfluenceLink } from '../../repositories/threading.repository';
import type { RelationshipStrength } from '../../scoring/relationship-strength';
import type { ThreadingInput, ThreadingPerson } from '../../scoring/threading-risk';
import type { AsOf } from '../relationships/as-of';
import { personStrengths } from '../relationships/strengths';
import { shiftDay } from '../../scoring/health-parts';
import { orgLevels } from '../stakeholder-map/org-levels';

/** What the graph holds about one account, read once and judged on any day. */
export interface AccountSnapshot {
  accountId: string;
  people: AccountPerson[];
  influence: InfluenceLink[];
  /** Our team's interactions with its people over the lookback window. */
  pairs: PairInteractions[];
}

/** Whether a person worked at the account on `day`. */
export function isThereOn(person: AccountPerson, day: string): boolean {
  if (person.startedAt !== null && person.startedAt > day) return false;
  if (person.departedAt !== null) return person.departedAt > day;
  return person.status === 'ACTIVE';
}

export function rolesOn(person: AccountPerson, day: string): StakeholderRole[] {
  const held = person.roles.filter((r) => r.since <= day && (r.until === null || r.until > day));
  return [...new Set(held.map((r) => r.role))].sort();
}

/** Org-chart depth and top-level branch (the level-1 leader above, or oneself at the top). */
export function orgPositions(
  people: readonly AccountPerson[],
): Map<string, { level: number; branchId: string }> {
  const levels = orgLevels(people);
  const managerOf = new Map(people.map((p) => [p.id, p.reportsToId]));
  const positions = new Map<string, { level: number; branchId: string }>();
  for (const person of people) {
    const level = levels.get(person.id) ?? 0;
    let branchId = person.id;
    for (let at: string | null = person.id, guard = 0; at !== null && guard < 50; guard += 1) {
      if ((levels.get(at) ?? 0) <= 1) {
        branchId = at;
        break;
      }
      at = managerOf.get(at) ?? null;
    }
    positions.set(person.id, { level, branchId });
  }
  return positions;
}

export interface ThreadingReading {
  input: ThreadingInput;
  /** People there on the day, by id. */
  people: Map<string, AccountPerson>;
  strengths: Map<string, RelationshipStrength>;
}

/**
 * The inputs of a threading reading on `asOf`: the people there that day (without `without`, for
 * a what-if departure), the roles they held, our strength with each, and the links between them.
 */
export function threadingReading(
  snapshot: AccountSnapshot,
  asOf: AsOf,
  config: RelationshipsConfig,
  without: string | null = null,
): ThreadingReading {
  const strengths = personStrengths(snapshot.pairs, asOf.now, config);
  const positions = orgPositions(snapshot.people);
  const present = snapshot.people.filter((p) => p.id !== without && isThereOn(p, asOf.day));
  const ids = new Set(present.map((p) => p.id));
  const people: ThreadingPerson[] = present.map((p) => {
    const strength = strengths.get(p.id);
    const position = positions.get(p.id) ?? { level: 0, branchId: p.id };
    return {
      id: p.id,
      department: p.department,
      level: position.level,
      branchId: position.branchId,
      reportsToId: p.reportsToId,
      roles: rolesOn(p, asOf.day),
      strength: strength?.score ?? 0,
      contactVolume: strength?.inputs.contactVolume ?? 0,
      lastTwoWayAt: strength?.inputs.lastTwoWayAt ?? null,
    };
  });
  const links = [
    ...present.flatMap((p) =>
      p.reportsToId !== null && ids.has(p.reportsToId) ? [{ fromId: p.id, toId: p.reportsToId }] : [],
    ),
    ...snapshot.influence
      .filter((i) => ids.has(i.fromPersonId) && ids.has(i.toPersonId))
      .map((i) => ({ fromId: i.fromPersonId, toId: i.toPersonId })),
  ];
  // Who left by the day, with the roles they held on their last day: the floors read them.
  const departures = snapshot.people
    .filter((p) => p.id !== without && p.departedAt !== null && p.departedAt <= asOf.day)
    .map((p) => ({
      personId: p.id,
      name: p.name,
      departedAt: p.departedAt!,
      roles: rolesOn(p, shiftDay(p.departedAt!, -1)),
    }))
    .filter((d) => d.roles.length > 0);
  // A what-if departure counts as one on the day judged, like a recorded one.
  const leaving = without === null ? undefined : snapshot.people.find((p) => p.id === without);
  if (leaving && isThereOn(leaving, asOf.day)) {
    const roles = rolesOn(leaving, asOf.day);
    if (roles.length > 0)
      departures.push({ personId: leaving.id, name: leaving.name, departedAt: asOf.day, roles });
  }
  return {
    input: { accountId: snapshot.accountId, people, links, departures },
    people: new Map(present.map((p) => [p.id, p])),
    strengths,
  };
}
