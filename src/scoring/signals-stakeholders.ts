import type { SignalsConfig } from '../config/analytics/signals';
import { SENIORITY_LEVELS, type SeniorityLevel, type StakeholderRole } from '../domain/vocabulary';
import type { SignalPerson } from './signals-facts';

/** Whom a finding concerns, before it is resolved to people. */
export interface StakeholderScope {
  /** Current holders of the configured account roles. */
  accountWide: boolean;
  /** People of these units who hold a role, or are senior enough. */
  businessUnitIds: string[];
  /** Named people (a departed champion, a ticket's author), with why. */
  people: { personId: string; reason: string }[];
}

export interface ConcernedStakeholder {
  personId: string;
  name: string;
  title: string | null;
  seniority: SeniorityLevel | null;
  businessUnitId: string | null;
  /** Roles held on `asOf`. */
  roles: StakeholderRole[];
  stillThere: boolean;
  reasons: string[];
}

export function isThereOn(person: SignalPerson, day: string): boolean {
  if (person.startedAt !== null && person.startedAt > day) return false;
  if (person.departedAt !== null) return person.departedAt > day;
  return person.status === 'ACTIVE';
}

export function rolesOn(person: SignalPerson, day: string): StakeholderRole[] {
  return person.roles.filter((r) => r.since <= day && (r.until === null || r.until > day)).map((r) => r.role);
}

export interface ConcernedStakeholders {
  people: ConcernedStakeholder[];
  /** Also concerned, left out beyond `maxPerFinding`. */
  omitted: number;
}

/**
 * The people a finding concerns, each with the reasons: named people (whatever their status), a
 * unit's people who hold a role or are among `unitSeniorities`, and for account-wide findings
 * the holders of `accountRoles`. People not at the account on `asOf` are only listed when named.
 * At most `maxPerFinding`: named people first, then role holders, then by seniority and name.
 */
export function concernedStakeholders(
  scope: StakeholderScope,
  people: readonly SignalPerson[],
  asOf: string,
  config: SignalsConfig['stakeholders'],
): ConcernedStakeholders {
  const byId = new Map(people.map((p) => [p.id, p]));
  const found = new Map<string, ConcernedStakeholder>();
  const add = (person: SignalPerson, reason: string): void => {
    const entry = found.get(person.id) ?? {
      personId: person.id,
      name: person.name,
      title: person.title,
      seniority: person.seniority,
      businessUnitId: person.businessUnitId,
      roles: rolesOn(person, asOf),
      stillThere: isThereOn(person, asOf),
      reasons: [],
    };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    found.set(person.id, entry);
  };
  for (const named of scope.people) {
    const person = byId.get(named.personId);
    if (person) add(person, named.reason);
  }
  // Named people keep the order they were given in.
  const named = new Map([...found.keys()].map((id, i) => [id, i]));
  const present = people.filter((p) => isThereOn(p, asOf));
  for (const person of present) {
    if (person.businessUnitId === null || !scope.businessUnitIds.includes(person.businessUnitId)) continue;
    const roles = rolesOn(person, asOf);
    if (roles.length > 0) add(person, `In the unit; holds ${roles.join(', ')}`);
    else if (person.seniority !== null && config.unitSeniorities.includes(person.seniority)) {
      add(person, `In the unit; ${person.seniority}`);
    }
  }
  if (scope.accountWide) {
    for (const person of present) {
      const held = rolesOn(person, asOf).filter((r) => config.accountRoles.includes(r));
      if (held.length > 0) add(person, `Holds ${held.join(', ')}`);
    }
  }
  const rank = (s: ConcernedStakeholder): number[] => {
    const order = named.get(s.personId);
    if (order !== undefined) return [0, order, 0];
    const seniority = s.seniority === null ? SENIORITY_LEVELS.length : SENIORITY_LEVELS.indexOf(s.seniority);
    return [1, s.roles.length > 0 ? 0 : 1, seniority];
  };
  const sorted = [...found.values()].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId);
  });
  return {
    people: sorted.slice(0, config.maxPerFinding),
    omitted: Math.max(0, sorted.length - config.maxPerFinding),
  };
}
