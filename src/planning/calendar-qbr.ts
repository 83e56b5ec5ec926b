import type { CalendarConfig } from '../config/analytics/calendar';
import { dayOf, daysFrom, placeStart, shiftDay, type PlanWindow } from './calendar-dates';
import type { CalendarInput } from './calendar-input';
import { holdersOf, roleLabel, toTouchpointPerson, topLevel, type TeamDirectory } from './calendar-people';
import type { Touchpoint } from './calendar-types';

/**
 * Business reviews at the account's segment's interval from the last one (the first as soon as
 * possible when overdue or none is on record), with the sponsor, the buyer and the champion (else
 * the decision makers) on their side and the owner, our executive and the CSM on ours.
 */
export function qbrTouchpoints(
  input: CalendarInput,
  window: PlanWindow,
  team: TeamDirectory,
  config: CalendarConfig,
): { touchpoints: Touchpoint[]; gaps: string[] } {
  const q = config.qbr;
  const gaps: string[] = [];
  const segment = input.account.segment;
  const interval = q.intervalDays[segment ?? 'unknown'];
  if (segment === null) gaps.push(`The account has no segment: business reviews every ${interval} days`);
  const last = input.lastQbr;
  if (last === null)
    gaps.push(
      `No QBR is on record for the account: the first one is planned ${q.overdueLeadDays} days into the window`,
    );

  const primary = holdersOf(input.people, q.attendeeRoles);
  const attendees = primary.length > 0 ? primary : holdersOf(input.people, q.fallbackRoles);
  const vacantRoles = q.attendeeRoles.filter((r) => !input.people.some((p) => p.roles.includes(r)));
  const notes: string[] = [];
  if (vacantRoles.length > 0) {
    notes.push(
      `Nobody holds ${vacantRoles.map(roleLabel).join(', ')} today${
        primary.length === 0 && attendees.length > 0
          ? `: the ${q.fallbackRoles.map(roleLabel).join(', ')} are invited`
          : ''
      }`,
    );
  }
  const owner = team.forRole(q.ownerRole);
  if (owner === null)
    notes.push(`Nobody on our team covers the account as ${q.ownerRole} or a fallback role`);
  const ourTeam = team.joining(q.teamRoles, owner);
  const people = attendees.map((p) => toTouchpointPerson(p, config));

  const touchpoints: Touchpoint[] = [];
  let previous = last === null ? null : dayOf(last.occurredAt);
  for (let occurrence = 1; occurrence < 500; occurrence += 1) {
    const rule = previous === null ? null : shiftDay(previous, interval);
    // Overdue or never held: as soon as one can be prepared, overdueLeadDays into the window.
    const soonest = shiftDay(window.from, q.overdueLeadDays);
    const late = rule === null || rule < window.from;
    const placed = placeStart(late ? (soonest < window.to ? soonest : window.to) : rule, window);
    if (placed === null) break;
    const overdueDays = rule !== null && rule < window.asOf ? daysFrom(rule, window.asOf) : null;
    const after =
      occurrence === 1
        ? last === null
          ? 'no QBR on record'
          : `last QBR on ${dayOf(last.occurredAt)} (${last.id}) + ${interval} days = ${rule}`
        : `${interval} days after the previous QBR on the calendar`;
    touchpoints.push({
      id: `${input.account.id}:qbr:${occurrence}`,
      date: placed.date,
      kind: 'QBR',
      title: `Business review (QBR) with ${input.account.name}`,
      channel: 'QBR',
      durationMinutes: q.durationMinutes,
      level: topLevel(people.map((p) => p.level)),
      people,
      owner,
      team: ourTeam,
      why: {
        summary: `${segment ?? 'Unknown segment'}: a business review every ${interval} days; ${after}${
          late
            ? `${overdueDays === null ? '' : `, overdue by ${overdueDays} days`}: as soon as it can be prepared (${q.overdueLeadDays} days into the window)`
            : ''
        }. Open with the value delivered, close with a mutual action plan`,
        ruleDate: rule,
        overdueDays,
        cadence: null,
        qbr: {
          segment,
          intervalDays: interval,
          lastQbrAt: last?.occurredAt ?? null,
          lastQbrId: last?.id ?? null,
          occurrence,
          vacantRoles,
        },
        renewal: null,
        playStep: null,
        thread: null,
        notes,
      },
    });
    previous = placed.date;
  }
  return { touchpoints, gaps };
}
