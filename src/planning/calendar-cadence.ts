import type { CalendarConfig } from '../config/analytics/calendar';
import { STAKEHOLDER_ROLES, type StakeholderRole, type TouchpointChannel } from '../domain/vocabulary';
import { round } from '../scoring/score-parts';
import { dayOf, placeStart, shiftDay, type PlanWindow } from './calendar-dates';
import type { CalendarPerson } from './calendar-input';
import { lastContactOf, levelOf, roleLabel, toTouchpointPerson, type TeamDirectory } from './calendar-people';
import type { CadenceEvidence, EffectiveCadence, NotScheduled, Touchpoint } from './calendar-types';

/** The role whose cadence applies: the shortest base cadence, then the highest desired strength. */
export function governingRole(
  roles: readonly StakeholderRole[],
  config: CalendarConfig['roles'],
): StakeholderRole | null {
  const ranked = STAKEHOLDER_ROLES.filter((r) => roles.includes(r)).sort(
    (a, b) =>
      config[a].cadenceDays - config[b].cadenceDays || config[b].desiredStrength - config[a].desiredStrength,
  );
  return ranked[0] ?? null;
}

/**
 * How often to touch someone holding `roles` at relationship `strength`:
 *
 *   gap     = max(0, desired − strength)
 *   cadence = max(min(base, floorDays), round(base × (1 − maxShortening × gap / desired)))
 *
 * e.g. an economic buyer (base 60, desired 60) at strength 30: 60 × (1 − 0.5 × 30/60) = 45 days.
 */
export function effectiveCadence(
  roles: readonly StakeholderRole[],
  strength: number,
  config: CalendarConfig,
): EffectiveCadence | null {
  const role = governingRole(roles, config.roles);
  if (role === null) return null;
  const { cadenceDays: base, desiredStrength: desired } = config.roles[role];
  const actual = round(strength, 1);
  const gap = round(Math.max(0, desired - actual), 1);
  const { maxShortening, floorDays } = config.gap;
  const floor = Math.min(base, floorDays);
  const cadence =
    gap === 0 ? base : Math.max(floor, Math.round(base * (1 - (maxShortening * gap) / desired)));
  const formula =
    gap === 0
      ? `strength ${actual} ≥ desired ${desired}: every ${base} days`
      : `max(${floor}, round(${base} × (1 − ${maxShortening} × ${gap} / ${desired}))) = ${cadence} days`;
  return {
    governingRole: role,
    baseCadenceDays: base,
    cadenceDays: cadence,
    desiredStrength: desired,
    actualStrength: actual,
    strengthGap: gap,
    formula,
  };
}

/** A touchpoint already on the calendar with the person, which counts as contact. */
export interface Anchor {
  date: string;
  touchpointId: string;
}

export interface ChainStep {
  date: string;
  occurrence: number;
  ruleDate: string | null;
  overdueDays: number | null;
  countsFromDate: string | null;
  countsFromTouchpointId: string | null;
}

/**
 * The dates a cadence puts touchpoints on within the window: `cadenceDays` after the last contact
 * (as soon as possible when that is past or unknown), then every `cadenceDays` after each. A
 * touchpoint already planned with the person (an anchor) counts as contact: a check-in due within
 * `absorbDays` after one, or after it, is not added; the cadence runs on from the anchor.
 */
export function cadenceChain(
  lastContactDay: string | null,
  cadenceDays: number,
  anchors: readonly Anchor[],
  window: PlanWindow,
  absorbDays: number,
  idOf: (occurrence: number) => string,
): ChainStep[] {
  const sorted = [...anchors].sort((a, b) => a.date.localeCompare(b.date));
  const steps: ChainStep[] = [];
  let previous: { date: string | null; touchpointId: string | null } = {
    date: lastContactDay,
    touchpointId: null,
  };
  // Each turn either adds a step or moves past an anchor: bounded by the window's days + anchors.
  for (let guard = 0; guard < 2000; guard += 1) {
    const rule = previous.date === null ? null : shiftDay(previous.date, cadenceDays);
    const placed = placeStart(rule, window);
    if (placed === null) break;
    const limit = shiftDay(placed.date, absorbDays);
    const anchor = sorted.find((a) => (previous.date === null || a.date > previous.date) && a.date <= limit);
    if (anchor) {
      previous = { date: anchor.date, touchpointId: anchor.touchpointId };
      continue;
    }
    const occurrence = steps.length + 1;
    steps.push({
      date: placed.date,
      occurrence,
      ruleDate: rule,
      overdueDays: placed.overdueDays,
      countsFromDate: previous.date,
      countsFromTouchpointId: previous.touchpointId,
    });
    previous = { date: placed.date, touchpointId: idOf(occurrence) };
  }
  return steps;
}

const DEEPER: Partial<Record<TouchpointChannel, TouchpointChannel>> = { EMAIL: 'CALL', CALL: 'MEETING' };

/** Who gets a cadence: role holders, END_USERs only in the active-user set. */
export function cadencePeople(
  people: readonly CalendarPerson[],
  asOf: string,
  config: CalendarConfig,
): { scheduled: CalendarPerson[]; notScheduled: NotScheduled[] } {
  const since = shiftDay(asOf, -config.endUsers.activeWithinDays);
  const recent = (p: CalendarPerson) => p.contacts.filter((c) => dayOf(c.occurredAt) > since).length;
  const withRole = people.filter((p) => p.roles.length > 0);
  const endUsers = withRole
    .filter((p) => governingRole(p.roles, config.roles) === 'END_USER')
    .sort((a, b) => recent(b) - recent(a) || b.strength - a.strength || a.id.localeCompare(b.id));
  const active = endUsers.filter((p) => recent(p) > 0).slice(0, config.endUsers.maxPeople);
  const notScheduled: NotScheduled[] = endUsers
    .filter((p) => !active.includes(p))
    .map((p) => ({
      personId: p.id,
      name: p.name,
      roles: p.roles,
      reason:
        recent(p) === 0
          ? `End user with no interaction with our team in the last ${config.endUsers.activeWithinDays} days: not in the active-user set`
          : `End user with ${recent(p)} interactions in the last ${config.endUsers.activeWithinDays} days, fewer than the ${config.endUsers.maxPeople} most active end users`,
    }));
  return { scheduled: withRole.filter((p) => !endUsers.includes(p) || active.includes(p)), notScheduled };
}

/** The check-ins that keep one person's relationship at the strength their role calls for. */
export function cadenceTouchpoints(
  accountId: string,
  person: CalendarPerson,
  anchors: readonly Anchor[],
  window: PlanWindow,
  team: TeamDirectory,
  config: CalendarConfig,
): Touchpoint[] {
  const cadence = effectiveCadence(person.roles, person.strength, config);
  if (cadence === null) return [];
  const roleConfig = config.roles[cadence.governingRole];
  const last = lastContactOf(person, config.countOneWayContact);
  const lastDay = last.contactAt === null ? null : dayOf(last.contactAt);
  const idOf = (occurrence: number) => `${accountId}:cadence:${person.id}:${occurrence}`;
  const steps = cadenceChain(lastDay, cadence.cadenceDays, anchors, window, config.absorbWithinDays, idOf);
  const gap = cadence.strengthGap > 0;
  const kind = gap ? 'RELATIONSHIP_GAP' : 'CADENCE_CHECK_IN';
  const channel =
    gap && config.gap.deeperChannel ? (DEEPER[roleConfig.channel] ?? roleConfig.channel) : roleConfig.channel;
  const label = roleLabel(cadence.governingRole);
  const owner = team.forRole(roleConfig.ownerRole);
  const contactKind = config.countOneWayContact ? 'contact' : 'two-way contact';
  return steps.map((step): Touchpoint => {
    const evidence: CadenceEvidence = {
      personId: person.id,
      ...cadence,
      lastContactAt: last.contactAt,
      lastContactInteractionId: last.contactId,
      lastInteractionAt: last.interactionAt,
      occurrence: step.occurrence,
      countsFromDate: step.countsFromDate,
      countsFromTouchpointId: step.countsFromTouchpointId,
    };
    const from =
      step.countsFromTouchpointId !== null
        ? `${cadence.cadenceDays} days after ${step.countsFromTouchpointId} on ${step.countsFromDate}`
        : step.countsFromDate !== null
          ? `last ${contactKind} on ${step.countsFromDate} (${last.contactId}) + ${cadence.cadenceDays} days = ${step.ruleDate}`
          : `no ${contactKind} with our team in the relationship lookback`;
    const when =
      step.overdueDays !== null
        ? `, overdue by ${step.overdueDays} days: as soon as possible`
        : step.ruleDate === null
          ? ': as soon as possible'
          : '';
    const pace = gap
      ? `${label}: every ${cadence.cadenceDays} days instead of ${cadence.baseCadenceDays}, strength ${cadence.actualStrength} is ${cadence.strengthGap} below the desired ${cadence.desiredStrength}`
      : `${label}: every ${cadence.cadenceDays} days, strength ${cadence.actualStrength} meets the desired ${cadence.desiredStrength}`;
    return {
      id: idOf(step.occurrence),
      date: step.date,
      kind,
      title: gap
        ? `Close the gap with ${person.name} (${label}): strength ${cadence.actualStrength} of ${cadence.desiredStrength}`
        : `Check-in with ${person.name} (${label})`,
      channel,
      durationMinutes: roleConfig.durationMinutes,
      level: levelOf(person, config.levels),
      people: [toTouchpointPerson(person, config)],
      owner,
      team: [],
      why: {
        summary: `${pace}; ${from}${when}`,
        ruleDate: step.ruleDate,
        overdueDays: step.overdueDays,
        cadence: evidence,
        qbr: null,
        renewal: null,
        playStep: null,
        thread: null,
        notes:
          owner === null
            ? [`Nobody on our team covers the account as ${roleConfig.ownerRole} or a fallback role`]
            : [],
      },
    };
  });
}
