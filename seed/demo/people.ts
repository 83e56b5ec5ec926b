import type { PersonRecord } from '../../src/domain/graph-records';
import { SENIORITY_LEVELS } from '../../src/domain/vocabulary';
import { parseDay, type Day } from './dates';

/** 0 = C-level ... 4 = individual contributor. */
export function levelOf(person: PersonRecord): number {
  return person.seniority === null ? SENIORITY_LEVELS.length - 1 : SENIORITY_LEVELS.indexOf(person.seniority);
}

/** Days a person was at the account: [start, end), end = Infinity while still there. */
export interface Tenure {
  start: Day;
  end: Day;
}

export function tenureOf(person: PersonRecord): Tenure {
  return {
    start: person.startedAt === null ? -Infinity : parseDay(person.startedAt),
    end: person.departedAt === null ? Infinity : parseDay(person.departedAt),
  };
}

export function isThere(tenure: Tenure, day: Day): boolean {
  return tenure.start <= day && day < tenure.end;
}

export function isActive(person: PersonRecord): boolean {
  return person.status === 'ACTIVE';
}

export function byId(people: readonly PersonRecord[]): Map<string, PersonRecord> {
  return new Map(people.map((person) => [person.id, person]));
}

/** Everyone below `root` in the reporting tree, root excluded. */
export function subtreeOf(root: PersonRecord, people: readonly PersonRecord[]): Set<string> {
  const below = new Set<string>();
  let frontier = [root.id];
  while (frontier.length > 0) {
    const next = people.filter(
      (person) => person.reportsToId !== null && frontier.includes(person.reportsToId),
    );
    next.forEach((person) => below.add(person.id));
    frontier = next.map((person) => person.id).filter((id) => id !== root.id);
  }
  return below;
}
