import type { CalendarConfig } from '../config/analytics/calendar';
import { placeDeadline, shiftDay, type PlanWindow } from './calendar-dates';
import type { CalendarInput, CalendarSubscription } from './calendar-input';
import { holdersOf, roleLabel, toTouchpointPerson, topLevel, type TeamDirectory } from './calendar-people';
import type { Touchpoint } from './calendar-types';

/**
 * The renewal milestones of each renewal date of the active subscriptions (subscriptions renewing
 * the same day share them), `leadDays` before it. A milestone already past on asOf is carried to
 * the window's start only when it is the latest one past (it overtakes the earlier ones, which are
 * named: whether they happened is not on record).
 */
export function renewalTouchpoints(
  input: CalendarInput,
  window: PlanWindow,
  team: TeamDirectory,
  config: CalendarConfig,
): { touchpoints: Touchpoint[]; gaps: string[] } {
  const gaps: string[] = [];
  const byDate = new Map<string, CalendarSubscription[]>();
  for (const sub of input.subscriptions) {
    if (sub.status !== 'ACTIVE') continue;
    if (sub.renewalDate === null) {
      gaps.push(
        `Subscription ${sub.id} (${sub.productName}) has no renewal date: no renewal milestones for it`,
      );
      continue;
    }
    if (sub.renewalDate < input.asOf) {
      gaps.push(
        `Subscription ${sub.id} (${sub.productName}) is ACTIVE but its renewal date ${sub.renewalDate} has passed`,
      );
      continue;
    }
    byDate.set(sub.renewalDate, [...(byDate.get(sub.renewalDate) ?? []), sub]);
  }
  const milestones = [...config.renewalMilestones].sort((a, b) => b.leadDays - a.leadDays);
  const touchpoints: Touchpoint[] = [];
  for (const [renewalDate, subs] of [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...subs].sort((a, b) => a.id.localeCompare(b.id));
    const arr = sorted.reduce((sum, s) => sum + s.arr, 0);
    const products = [...new Set(sorted.map((s) => s.productName))];
    const past = milestones.filter((m) => shiftDay(renewalDate, -m.leadDays) < input.asOf);
    const latestPast = past.at(-1) ?? null;
    for (const m of milestones) {
      if (past.includes(m) && m !== latestPast) continue;
      const rule = shiftDay(renewalDate, -m.leadDays);
      const placed = placeDeadline(rule, window);
      if (placed === null) continue;
      const attendees = holdersOf(input.people, m.attendeeRoles).map((p) => toTouchpointPerson(p, config));
      const vacant = m.attendeeRoles.filter((r) => !input.people.some((p) => p.roles.includes(r)));
      const owner = team.forRole(m.ownerRole);
      const notes: string[] = [];
      if (vacant.length > 0) notes.push(`Nobody holds ${vacant.map(roleLabel).join(', ')} today`);
      if (owner === null)
        notes.push(`Nobody on our team covers the account as ${m.ownerRole} or a fallback role`);
      if (m === latestPast && past.length > 1) {
        notes.push(
          `Earlier milestones fell before ${input.asOf} (${past
            .slice(0, -1)
            .map((e) => `${e.title} on ${shiftDay(renewalDate, -e.leadDays)}`)
            .join(', ')}): whether they happened is not on record`,
        );
      }
      touchpoints.push({
        id: `${input.account.id}:renewal:${renewalDate}:${m.leadDays}`,
        date: placed.date,
        kind: 'RENEWAL_MILESTONE',
        title: `${m.title}: renewal on ${renewalDate} (${products.join(', ')})`,
        channel: m.channel,
        durationMinutes: m.durationMinutes,
        level: topLevel(attendees.map((p) => p.level)),
        people: attendees,
        owner,
        team: team.joining(m.teamRoles, owner),
        why: {
          summary: `${sorted.length} subscription${sorted.length === 1 ? '' : 's'} (${sorted
            .map((s) => s.id)
            .join(
              ', ',
            )}, ARR ${arr}) renew on ${renewalDate}: ${m.title.toLowerCase()} ${m.leadDays} days before, on ${rule}${
            placed.overdueDays !== null ? `, overdue by ${placed.overdueDays} days: as soon as possible` : ''
          }. ${m.detail}`,
          ruleDate: rule,
          overdueDays: placed.overdueDays,
          cadence: null,
          qbr: null,
          renewal: {
            renewalDate,
            subscriptionIds: sorted.map((s) => s.id),
            products,
            arr,
            leadDays: m.leadDays,
            milestone: m.title,
          },
          playStep: null,
          thread: null,
          notes,
        },
      });
    }
  }
  return { touchpoints, gaps };
}
