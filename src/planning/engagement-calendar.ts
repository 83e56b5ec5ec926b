import type { CalendarConfig } from '../config/analytics/calendar';
import type { PlaysConfig } from '../config/analytics/plays';
import { ENGAGEMENT_LEVELS, TEAM_ROLES, TOUCHPOINT_KINDS } from '../domain/vocabulary';
import { cadencePeople, cadenceTouchpoints, type Anchor } from './calendar-cadence';
import type { PlanWindow } from './calendar-dates';
import type { CalendarInput } from './calendar-input';
import { TeamDirectory } from './calendar-people';
import { playStepTouchpoints } from './calendar-plays';
import { qbrTouchpoints } from './calendar-qbr';
import { renewalTouchpoints } from './calendar-renewals';
import { threadLevels } from './calendar-threads';
import type { EngagementCalendar, OwnerLoad, Touchpoint } from './calendar-types';

export type * from './calendar-types';
export type { CalendarInput } from './calendar-input';

/**
 * The engagement calendar of one account over [from, to], planned on asOf:
 *
 * 1. business reviews at the segment's interval from the last one (calendar-qbr);
 * 2. renewal milestones before each renewal date (calendar-renewals);
 * 3. the steps of the account's plays that fall in the window (calendar-plays);
 * 4. a cadence per stakeholder by role, shortened by the gap between desired and actual strength,
 *    counting the touchpoints above as contact (calendar-cadence);
 * 5. a thread at each level: where nobody is engaged or reached, a new one (calendar-threads).
 *
 * Only people at the account on asOf are ever invited: departed people never get a touchpoint.
 */
export function planEngagementCalendar(
  input: CalendarInput,
  config: CalendarConfig,
  ownerFallbacks: PlaysConfig['ownerFallbacks'],
): EngagementCalendar {
  const window: PlanWindow = {
    asOf: input.asOf,
    from: input.from,
    to: input.to,
    workingDaysOnly: config.workingDaysOnly,
    days: input.days,
  };
  const team = new TeamDirectory(input.team, ownerFallbacks);
  const gaps = [...input.dataGaps];
  if (input.team.length === 0) gaps.push('Nobody on our team covers the account: no touchpoint has an owner');

  const qbr = qbrTouchpoints(input, window, team, config);
  const renewals = renewalTouchpoints(input, window, team, config);
  const plays = playStepTouchpoints(input, window, team, config);
  gaps.push(...qbr.gaps, ...renewals.gaps, ...plays.gaps);
  const fixed = [...qbr.touchpoints, ...renewals.touchpoints, ...plays.touchpoints];

  const anchors = new Map<string, Anchor[]>();
  for (const t of fixed) {
    if (t.channel === 'TASK') continue;
    for (const p of t.people)
      anchors.set(p.personId, [...(anchors.get(p.personId) ?? []), { date: t.date, touchpointId: t.id }]);
  }
  const { scheduled, notScheduled } = cadencePeople(input.people, input.asOf, config);
  const cadence = scheduled.flatMap((person) =>
    cadenceTouchpoints(input.account.id, person, anchors.get(person.id) ?? [], window, team, config),
  );
  const planned = [...fixed, ...cadence];
  const { threads, newThreads } = threadLevels(input.account.id, input.people, planned, window, team, config);

  const kindOrder = (t: Touchpoint) => TOUCHPOINT_KINDS.indexOf(t.kind);
  const seen = new Set<string>();
  const touchpoints = [...planned, ...newThreads]
    .filter((t) => !seen.has(t.id) && seen.add(t.id))
    .sort((a, b) => a.date.localeCompare(b.date) || kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id));

  return {
    accountId: input.account.id,
    accountName: input.account.name,
    segment: input.account.segment,
    asOf: input.asOf,
    plannedAt: input.plannedAt,
    from: input.from,
    to: input.to,
    touchpoints,
    threadsByLevel: threads,
    uncoveredLevels: ENGAGEMENT_LEVELS.filter(
      (l) => threads.find((t) => t.level === l)?.state === 'UNCOVERED',
    ),
    byKind: TOUCHPOINT_KINDS.map((kind) => ({
      kind,
      count: touchpoints.filter((t) => t.kind === kind).length,
    })),
    byOwner: ownerLoads(input, touchpoints),
    notScheduled,
    dataGaps: [...new Set(gaps)],
  };
}

function ownerLoads(input: CalendarInput, touchpoints: readonly Touchpoint[]): OwnerLoad[] {
  const ids = [...new Set(input.team.map((m) => m.teamMemberId))].sort();
  const loads: OwnerLoad[] = ids.map((id) => {
    const covers = input.team.filter((m) => m.teamMemberId === id);
    return {
      teamMemberId: id,
      name: covers[0]!.name,
      roles: TEAM_ROLES.filter((r) => covers.some((m) => m.role === r)),
      touchpoints: touchpoints.filter((t) => t.owner?.teamMemberId === id).length,
    };
  });
  const unowned = touchpoints.filter((t) => t.owner === null).length;
  if (unowned > 0) loads.push({ teamMemberId: null, name: null, roles: [], touchpoints: unowned });
  return loads.sort((a, b) => b.touchpoints - a.touchpoints);
}
