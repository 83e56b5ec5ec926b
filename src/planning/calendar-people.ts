import type { CalendarConfig } from '../config/analytics/calendar';
import type { PlaysConfig } from '../config/analytics/plays';
import {
  ENGAGEMENT_LEVELS,
  STAKEHOLDER_ROLES,
  type EngagementLevel,
  type StakeholderRole,
  type TeamRole,
} from '../domain/vocabulary';
import { ownerFor } from '../scoring/play-steps';
import type { CalendarPerson, CalendarTeamMember } from './calendar-input';
import type { TouchpointPerson, TouchpointTeamMember } from './calendar-types';

/** EXECUTIVE, MANAGEMENT or PRACTITIONER: from seniority, else from depth in the org chart. */
export function levelOf(
  person: Pick<CalendarPerson, 'seniority' | 'orgDepth'>,
  config: CalendarConfig['levels'],
): EngagementLevel {
  if (person.seniority !== null) return config.bySeniority[person.seniority];
  if (person.orgDepth <= config.byOrgDepth.executiveMaxDepth) return 'EXECUTIVE';
  return person.orgDepth <= config.byOrgDepth.managementMaxDepth ? 'MANAGEMENT' : 'PRACTITIONER';
}

/** The most senior of some levels; null for none. */
export function topLevel(levels: readonly EngagementLevel[]): EngagementLevel | null {
  return ENGAGEMENT_LEVELS.find((l) => levels.includes(l)) ?? null;
}

export function toTouchpointPerson(person: CalendarPerson, config: CalendarConfig): TouchpointPerson {
  return {
    personId: person.id,
    name: person.name,
    title: person.title,
    email: person.email,
    seniority: person.seniority,
    level: levelOf(person, config.levels),
    roles: person.roles,
  };
}

/** Current holders of the roles, in the order of the roles asked for, each person once. */
export function holdersOf(
  people: readonly CalendarPerson[],
  roles: readonly StakeholderRole[],
): CalendarPerson[] {
  const found: CalendarPerson[] = [];
  for (const role of roles) {
    for (const person of [...people].sort((a, b) => a.id.localeCompare(b.id))) {
      if (person.roles.includes(role) && !found.includes(person)) found.push(person);
    }
  }
  return found;
}

/** "Economic buyer" for ECONOMIC_BUYER. */
export function roleLabel(role: StakeholderRole | TeamRole): string {
  const text = role.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Resolves team roles to the members who cover the account (a role nobody covers falls back as plays do). */
export class TeamDirectory {
  constructor(
    private readonly team: readonly CalendarTeamMember[],
    private readonly fallbacks: PlaysConfig['ownerFallbacks'],
  ) {}

  /** The member covering `role`, else the first covered fallback role; null when none is. */
  forRole(role: TeamRole): TouchpointTeamMember | null {
    const owner = ownerFor(role, this.team, this.fallbacks);
    return owner === null ? null : this.member(owner.teamMemberId, role);
  }

  /** A member by id, standing in for `askedRole` when they cover the account in another role. */
  member(teamMemberId: string, askedRole: TeamRole): TouchpointTeamMember | null {
    // Someone may cover the account in several roles: the one asked for, if they hold it.
    const covers = this.team.filter((t) => t.teamMemberId === teamMemberId);
    const found = covers.find((t) => t.role === askedRole) ?? covers[0];
    if (!found) return null;
    return {
      teamMemberId: found.teamMemberId,
      name: found.name,
      email: found.email,
      role: found.role,
      standsInFor: found.role === askedRole ? null : askedRole,
    };
  }

  /** Members directly covering these roles (no fallback: they only join), without `except`. */
  joining(roles: readonly TeamRole[], except: TouchpointTeamMember | null): TouchpointTeamMember[] {
    return roles
      .flatMap((r) => {
        const found = [...this.team]
          .sort((a, b) => a.teamMemberId.localeCompare(b.teamMemberId))
          .find((t) => t.role === r);
        return found ? [this.member(found.teamMemberId, r)!] : [];
      })
      .filter(
        (m, i, all) =>
          m.teamMemberId !== except?.teamMemberId &&
          all.findIndex((x) => x.teamMemberId === m.teamMemberId) === i,
      );
  }
}

/** The last contact a cadence counts from, and the last interaction of any kind. */
export function lastContactOf(
  person: CalendarPerson,
  countOneWay: boolean,
): {
  contactAt: string | null;
  contactId: string | null;
  interactionAt: string | null;
} {
  const latest = (rows: CalendarPerson['contacts']) =>
    [...rows].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.id.localeCompare(b.id))[0] ?? null;
  const any = latest(person.contacts);
  const contact = countOneWay ? any : latest(person.contacts.filter((c) => c.direction !== 'OUTBOUND'));
  return {
    contactAt: contact?.occurredAt ?? null,
    contactId: contact?.id ?? null,
    interactionAt: any?.occurredAt ?? null,
  };
}

/** Roles in the vocabulary's order. */
export function sortRoles(roles: readonly StakeholderRole[]): StakeholderRole[] {
  return STAKEHOLDER_ROLES.filter((r) => roles.includes(r));
}
