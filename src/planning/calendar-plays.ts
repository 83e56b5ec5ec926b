import type { CalendarConfig } from '../config/analytics/calendar';
import { daysFrom, placeDeadline, type PlanWindow } from './calendar-dates';
import type { CalendarInput } from './calendar-input';
import { toTouchpointPerson, topLevel, type TeamDirectory } from './calendar-people';
import type { Touchpoint } from './calendar-types';

/**
 * The steps of the account's plays that fall in the window, on their due dates (overdue steps of a
 * recorded play as soon as possible). A step keeps its id whether the play is recommended or has
 * been recorded (one open play per kind and trigger), so a re-imported calendar updates it.
 * People who have left are never invited: the step stays (its action is ours) without them.
 */
export function playStepTouchpoints(
  input: CalendarInput,
  window: PlanWindow,
  team: TeamDirectory,
  config: CalendarConfig,
): { touchpoints: Touchpoint[]; gaps: string[] } {
  const gaps: string[] = [];
  const present = new Map(input.people.map((p) => [p.id, p]));
  const departed = new Map(input.departed.map((p) => [p.id, p]));
  const touchpoints: Touchpoint[] = [];
  for (const play of input.plays) {
    if (
      play.source === 'RECORDED' &&
      daysFrom(play.startedOn, input.asOf) > config.plays.recordedWithinDays
    ) {
      gaps.push(
        `Play ${play.playId} (${play.title}) started on ${play.startedOn} and is still OPEN: older than ${config.plays.recordedWithinDays} days, its steps are not carried`,
      );
      continue;
    }
    for (const step of play.steps) {
      const placed = placeDeadline(step.dueDate, window);
      if (placed === null) continue;
      const via = config.plays.steps[step.key];
      const notes: string[] = [];
      const people = step.people.flatMap((named) => {
        const person = present.get(named.personId);
        if (person) return [toTouchpointPerson(person, config)];
        const gone = departed.get(named.personId);
        notes.push(
          gone
            ? `${gone.name} left${gone.departedAt ? ` on ${gone.departedAt}` : ''}: departed people are never invited; reach them outside the account`
            : `${named.name} is no longer known at the account: not invited`,
        );
        return [];
      });
      const owner = step.ownerId === null ? null : team.member(step.ownerId, step.ownerRole);
      if (owner === null) {
        notes.push(
          step.ownerId === null
            ? `Nobody on our team covers the account as ${step.ownerRole} or a fallback role`
            : `The step's owner ${step.ownerId} no longer covers the account`,
        );
      }
      touchpoints.push({
        id: `${input.account.id}:play:${play.kind}:${play.trigger}:${step.key}`,
        date: placed.date,
        kind: 'PLAY_STEP',
        title: step.title,
        channel: via.channel,
        durationMinutes: via.durationMinutes,
        level: topLevel(people.map((p) => p.level)),
        people,
        owner,
        team: [],
        why: {
          summary: `Step ${step.order} of the ${play.source === 'RECORDED' ? `recorded play ${play.playId}` : 'recommended play'} "${play.title}" (${play.kind}, ${play.trigger}), due ${step.dueDate}${
            placed.overdueDays !== null ? `, overdue by ${placed.overdueDays} days: as soon as possible` : ''
          }: ${step.detail}`,
          ruleDate: step.dueDate,
          overdueDays: placed.overdueDays,
          cadence: null,
          qbr: null,
          renewal: null,
          playStep: {
            source: play.source,
            playId: play.playId,
            playKind: play.kind,
            playTrigger: play.trigger,
            playTitle: play.title,
            stepKey: step.key,
            stepOrder: step.order,
            dueDate: step.dueDate,
            detail: step.detail,
          },
          thread: null,
          notes,
        },
      });
    }
  }
  return { touchpoints, gaps };
}
