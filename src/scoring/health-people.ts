import type { InteractionType, PersonStatus, StakeholderRole } from '../domain/vocabulary';
import { daysBetween, shiftDay, type HealthEvidence } from './health-parts';

/** Someone who ever held a role health watches (champion, executive sponsor), with our last two-way contact. */
export interface KeyPerson {
  id: string;
  name: string;
  title: string | null;
  status: PersonStatus;
  startedAt: string | null;
  departedAt: string | null;
  managerId: string | null;
  roles: { role: StakeholderRole; since: string; until: string | null }[];
  /** Their last inbound or mutual interaction with our team up to asOf. */
  lastTwoWay: { id: string; occurredAt: string; type: InteractionType } | null;
}

/** Whether the person worked at the account on `day`. */
export function presentOn(person: KeyPerson, day: string): boolean {
  if (person.startedAt !== null && person.startedAt > day) return false;
  if (person.departedAt !== null) return person.departedAt > day;
  return person.status === 'ACTIVE';
}

/** Holds `role` on `day`: assigned by then, not ended, and still there. */
export function holdsOn(person: KeyPerson, role: StakeholderRole, day: string): boolean {
  return (
    presentOn(person, day) &&
    person.roles.some((r) => r.role === role && r.since <= day && (r.until === null || r.until > day))
  );
}

export interface RoleLoss {
  person: KeyPerson;
  /** The day they left the account, or the role ended. */
  endedOn: string;
  departed: boolean;
}

/**
 * Holders of `role` who left the account (or whose role ended) in the `withinDays` up to `day`
 * and do not hold it again: a departure ends the role even when the CRM never closed it.
 */
export function roleLosses(
  people: readonly KeyPerson[],
  role: StakeholderRole,
  day: string,
  withinDays: number,
): RoleLoss[] {
  const from = shiftDay(day, -withinDays);
  return people.flatMap((person): RoleLoss[] => {
    if (holdsOn(person, role, day)) return [];
    const spans = person.roles.filter((r) => r.role === role && r.since <= day);
    if (spans.length === 0) return [];
    const departed = person.departedAt !== null && person.departedAt <= day;
    const heldAtDeparture =
      departed &&
      spans.some((r) => r.since <= person.departedAt! && (r.until === null || r.until >= person.departedAt!));
    const endedOn = heldAtDeparture
      ? person.departedAt!
      : spans
          .map((r) => r.until)
          .filter((u): u is string => u !== null && u <= day)
          .sort()
          .at(-1);
    if (endedOn === undefined || endedOn <= from) return [];
    return [{ person, endedOn, departed: heldAtDeparture }];
  });
}

export function personEvidence(person: KeyPerson, label: string): HealthEvidence {
  return {
    kind: 'PERSON',
    id: person.id,
    date: person.departedAt,
    label: `${person.name}${person.title ? ` (${person.title})` : ''}: ${label}`,
    value: null,
  };
}

export function lastTwoWayEvidence(person: KeyPerson, now: Date): HealthEvidence[] {
  if (person.lastTwoWay === null) return [];
  return [
    {
      kind: 'INTERACTION',
      id: person.lastTwoWay.id,
      date: person.lastTwoWay.occurredAt,
      label: `Last two-way ${person.lastTwoWay.type.toLowerCase()} with ${person.name}`,
      value: daysBetween(person.lastTwoWay.occurredAt, now),
    },
  ];
}

/** The champion who left the account most recently within `withinDays` of `day`, if any. */
export function latestChampionDeparture(
  people: readonly KeyPerson[],
  day: string,
  withinDays: number,
): RoleLoss | null {
  return (
    roleLosses(people, 'CHAMPION', day, withinDays)
      .filter((l) => l.departed)
      .sort((a, b) => b.endedOn.localeCompare(a.endedOn) || a.person.id.localeCompare(b.person.id))[0] ?? null
  );
}
