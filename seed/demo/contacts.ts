import type { PersonRecord, RoleAssignmentRecord } from '../../src/domain/graph-records';
import type { StakeholderRole } from '../../src/domain/vocabulary';
import { parseDay, type Day } from './dates';
import type { ContactWeights } from './interaction-mix';
import { isThere, tenureOf, type Tenure } from './people';
import type { Random } from './random';

/** A person with their tenure and role history as day numbers, for fast "who, on day d" draws. */
export interface Contact {
  person: PersonRecord;
  tenure: Tenure;
  spans: { role: StakeholderRole; since: Day; until: Day }[];
}

export function contactsOf(
  people: readonly PersonRecord[],
  roles: readonly RoleAssignmentRecord[],
): Contact[] {
  return people.map((person) => ({
    person,
    tenure: tenureOf(person),
    spans: roles
      .filter((role) => role.personId === person.id)
      .map((role) => ({
        role: role.role,
        since: parseDay(role.since),
        until: role.until === null ? Infinity : parseDay(role.until),
      })),
  }));
}

export function holds(contact: Contact, role: StakeholderRole, day: Day): boolean {
  return contact.spans.some((span) => span.role === role && span.since <= day && day < span.until);
}

/**
 * `count` distinct people who were at the account on `day`, drawn by the weight of the roles they
 * held that day; people who had left or not yet joined are never drawn.
 */
export function pickContacts(
  contacts: readonly Contact[],
  day: Day,
  weights: ContactWeights,
  count: number,
  rng: Random,
): string[] {
  const entries = contacts.map((contact) => {
    if (!isThere(contact.tenure, day)) return [contact.person.id, 0] as const;
    let weight = weights.none;
    for (const span of contact.spans) {
      if (span.since <= day && day < span.until) weight = Math.max(weight, weights[span.role]);
    }
    return [contact.person.id, weight] as const;
  });
  return rng.weightedSample(entries, count);
}
