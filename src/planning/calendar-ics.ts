import ical, {
  ICalCalendarMethod,
  ICalEventTransparency,
  type ICalAttendeeData,
  type ICalEventData,
} from 'ical-generator';
import type { EngagementCalendar, Touchpoint, TouchpointTeamMember } from './calendar-types';

export interface IcsOptions {
  /**
   * Right-hand side of every UID (`<touchpoint id>@<uidDomain>`): with the touchpoint's
   * deterministic id it keeps an event's UID from one export to the next, so a calendar app
   * updates the event on re-import instead of adding a copy.
   */
  uidDomain: string;
  /** DTSTAMP of every event: when the calendar was planned. */
  stamp: Date;
}

const minutes = (n: number) => (n >= 60 && n % 60 === 0 ? `${n / 60} h` : `${n} min`);

function memberLabel(m: TouchpointTeamMember): string {
  return `${m.name} (${m.role}${m.standsInFor ? `, standing in for ${m.standsInFor}` : ''})`;
}

/** The event's text: what, with whom, owned by whom, and why, with the evidence. */
function description(t: Touchpoint): string {
  const lines = [
    `${t.kind} · ${t.channel} · ${minutes(t.durationMinutes)}${t.level ? ` · ${t.level} level` : ''}`,
    '',
    t.why.summary,
  ];
  if (t.people.length > 0) {
    lines.push('', 'With:');
    for (const p of t.people) {
      lines.push(
        `- ${p.name}${p.title ? `, ${p.title}` : ''}${p.roles.length ? ` [${p.roles.join(', ')}]` : ''}`,
      );
    }
  }
  lines.push('', `Owner: ${t.owner ? memberLabel(t.owner) : 'nobody covers the role on our team'}`);
  if (t.team.length > 0) lines.push(`Also from our team: ${t.team.map(memberLabel).join('; ')}`);
  const c = t.why.cadence;
  if (c) {
    lines.push(
      `Cadence: ${c.formula} (governing role ${c.governingRole}); last contact ${c.lastContactAt ?? 'none on record'}`,
    );
  }
  const r = t.why.renewal;
  if (r) lines.push(`Renewal ${r.renewalDate}: ${r.subscriptionIds.join(', ')} (ARR ${r.arr})`);
  const s = t.why.playStep;
  if (s)
    lines.push(`Play: ${s.playTitle} (${s.playKind}, ${s.playTrigger}), step ${s.stepOrder} ${s.stepKey}`);
  for (const note of t.why.notes) lines.push(`Note: ${note}`);
  lines.push('', `Touchpoint ${t.id}`);
  return lines.join('\n');
}

function attendee(name: string, email: string | null): ICalAttendeeData[] {
  return email ? [{ name, email }] : [];
}

function event(t: Touchpoint, options: IcsOptions): ICalEventData {
  // Work on our side (TASK) invites nobody from the customer; the people it is about are in the text.
  const customers = t.channel === 'TASK' ? [] : t.people.flatMap((p) => attendee(p.name, p.email));
  const team = t.team.flatMap((m) => attendee(m.name, m.email));
  return {
    id: `${t.id}@${options.uidDomain}`,
    stamp: options.stamp,
    // An all-day date: the calendar plans days, the meeting time is for the people involved.
    start: new Date(`${t.date}T00:00:00Z`),
    allDay: true,
    summary: t.title,
    description: description(t),
    categories: [{ name: t.kind }],
    organizer: t.owner?.email ? { name: t.owner.name, email: t.owner.email } : null,
    attendees: [...customers, ...team],
    // A reminder of something to do that day, not a block of busy time.
    transparency: ICalEventTransparency.TRANSPARENT,
    x: [
      ['X-ENGAGEMENT-CHANNEL', t.channel],
      ['X-ENGAGEMENT-DURATION-MINUTES', String(t.durationMinutes)],
    ],
  };
}

/** RFC 5545 text of the calendar: one VEVENT per touchpoint (folding and escaping by ical-generator). */
export function renderICalendar(calendar: EngagementCalendar, options: IcsOptions): string {
  return ical({
    name: `${calendar.accountName}: engagement calendar`,
    description: `Touchpoints with ${calendar.accountName} from ${calendar.from} to ${calendar.to}, planned on ${calendar.asOf}`,
    prodId: { company: 'stakeholder-intelligence', product: 'engagement-calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    events: calendar.touchpoints.map((t) => event(t, options)),
  }).toString();
}
