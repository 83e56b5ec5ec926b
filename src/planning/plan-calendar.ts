import type { TouchpointKind } from '../domain/vocabulary';
import type { EngagementCalendar, Touchpoint } from './calendar-types';
import { bullets, document, table } from './markdown';
import type { CalendarAction } from './mutual-action-plan';

/** The calendar's kinds that are commitments with the customer, and the plan's name for each. */
const COMMITMENTS: Partial<Record<TouchpointKind, CalendarAction['source']>> = {
  PLAY_STEP: 'PLAY_STEP',
  QBR: 'QBR',
  RENEWAL_MILESTONE: 'RENEWAL',
};

/**
 * The touchpoints of the engagement calendar the mutual action plan carries: play steps, business
 * reviews and renewal milestones — with the customer, or our own side's work (a TASK, such as
 * mapping the remaining contacts after a champion leaves), which is our commitment in the plan.
 * Cadence check-ins stay on the calendar: they are how we keep threads warm, not something both
 * sides sign up to.
 */
export function calendarActions(calendar: EngagementCalendar): CalendarAction[] {
  return calendar.touchpoints.flatMap((t): CalendarAction[] => {
    const source = COMMITMENTS[t.kind];
    if (source === undefined) return [];
    return [
      {
        id: t.id,
        source,
        date: t.date,
        title: t.title,
        detail: t.why.summary,
        owner:
          t.owner === null
            ? null
            : {
                teamMemberId: t.owner.teamMemberId,
                name: t.owner.name,
                role: t.owner.role,
                standsInFor: t.owner.standsInFor,
              },
        people: t.people.map((p) => ({
          personId: p.personId,
          name: p.name,
          title: p.title,
          why: p.roles.length > 0 ? p.roles.join(', ') : `${p.level.toLowerCase()} level`,
        })),
      },
    ];
  });
}

const touchpointRow = (t: Touchpoint): string[] => [
  t.date,
  t.kind,
  t.title,
  t.people.map((p) => p.name).join(', ') || '—',
  t.owner?.name ?? 'nobody',
];

/** The calendar's threads by level and its first touchpoints, for the Markdown plan. */
export function calendarMarkdown(calendar: EngagementCalendar, limit: number): string {
  const shown = calendar.touchpoints.slice(0, limit);
  const more = calendar.touchpoints.length - shown.length;
  return document(
    `${calendar.touchpoints.length} touchpoints from ${calendar.from} to ${calendar.to} (the whole calendar: \`engagementCalendar\`, or \`GET /accounts/${calendar.accountId}/engagement-calendar.ics\` for any calendar app).`,
    bullets(calendar.threadsByLevel.map((l) => `**${l.level}** (${l.state}): ${l.summary}`)),
    table(['Date', 'Kind', 'Touchpoint', 'With', 'Owner'], shown.map(touchpointRow)),
    more > 0 ? `_And ${more} more._` : null,
  ).trimEnd();
}
