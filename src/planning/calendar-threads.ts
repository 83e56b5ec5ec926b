import type { CalendarConfig } from '../config/analytics/calendar';
import { ENGAGEMENT_LEVELS, type EngagementLevel, type StakeholderRole } from '../domain/vocabulary';
import { round } from '../scoring/score-parts';
import { placeStart, shiftDay, type PlanWindow } from './calendar-dates';
import type { CalendarPerson } from './calendar-input';
import { levelOf, toTouchpointPerson, type TeamDirectory } from './calendar-people';
import type { LevelThread, Touchpoint } from './calendar-types';

/** Whom to start a thread with first: whoever holds the most decisive role, then the warmest. */
const THREAD_ROLE_ORDER: StakeholderRole[] = [
  'EXECUTIVE_SPONSOR',
  'ECONOMIC_BUYER',
  'DECISION_MAKER',
  'CHAMPION',
  'TECHNICAL_EVALUATOR',
  'INFLUENCER',
  'END_USER',
];
const OPPOSED: StakeholderRole[] = ['DETRACTOR', 'BLOCKER'];

function roleRank(person: CalendarPerson): number {
  const i = THREAD_ROLE_ORDER.findIndex((r) => person.roles.includes(r));
  if (i !== -1) return i;
  // Someone with no role is a fresh start; a detractor or blocker only when nobody else is there.
  return person.roles.some((r) => OPPOSED.includes(r))
    ? THREAD_ROLE_ORDER.length + 1
    : THREAD_ROLE_ORDER.length;
}

/** People at a level, best candidate for a new thread first. */
export function rankThreadCandidates(people: readonly CalendarPerson[]): CalendarPerson[] {
  return [...people].sort(
    (a, b) =>
      roleRank(a) - roleRank(b) ||
      b.strength - a.strength ||
      b.influenceWeight - a.influenceWeight ||
      a.orgDepth - b.orgDepth ||
      a.id.localeCompare(b.id),
  );
}

function reasonFor(best: CalendarPerson, atLevel: readonly CalendarPerson[], level: EngagementLevel): string {
  const roles = best.roles.length > 0 ? `holds ${best.roles.join(', ')}` : 'holds no role yet';
  const warmest = atLevel.every((p) => p.strength <= best.strength);
  const parts = [
    roles,
    `relationship strength ${round(best.strength, 1)}${warmest && atLevel.length > 1 ? ` (the warmest of ${atLevel.length} people there)` : ''}`,
  ];
  if (best.influenceWeight > 0) parts.push(`sways others (Σ influence ${round(best.influenceWeight, 2)})`);
  parts.push(`depth ${best.orgDepth} in the org chart`);
  return `Best candidate at ${level} level: ${parts.join('; ')}`;
}

const touches = (t: Touchpoint, level: EngagementLevel) =>
  t.channel !== 'TASK' && t.people.some((p) => p.level === level);

/**
 * Multi-threading across levels. A level where somebody is engaged holds a thread; where nobody
 * is but the calendar already reaches people there, one is being built; otherwise a NEW_THREAD
 * touchpoint starts one with the best candidate there, `afterDays` into the window (time for a
 * warm introduction). A level where nobody is known stays uncovered, and says so.
 */
export function threadLevels(
  accountId: string,
  people: readonly CalendarPerson[],
  planned: readonly Touchpoint[],
  window: PlanWindow,
  team: TeamDirectory,
  config: CalendarConfig,
): { threads: LevelThread[]; newThreads: Touchpoint[] } {
  const threads: LevelThread[] = [];
  const newThreads: Touchpoint[] = [];
  for (const level of ENGAGEMENT_LEVELS) {
    const atLevel = people.filter((p) => levelOf(p, config.levels) === level);
    const engaged = atLevel
      .filter((p) => p.engaged)
      .sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id))
      .map((p) => ({ personId: p.id, name: p.name, strength: round(p.strength, 1) }));
    let reaching = planned.filter((t) => touches(t, level));
    let newThread: Touchpoint | null = null;
    if (engaged.length === 0 && reaching.length === 0 && atLevel.length > 0) {
      const [best, ...others] = rankThreadCandidates(atLevel);
      const settings = config.newThread.byLevel[level];
      const rule = shiftDay(window.from, config.newThread.afterDays);
      const placed = placeStart(rule < window.to ? rule : window.to, window);
      if (best && placed) {
        const owner = team.forRole(settings.ownerRole);
        const reason = reasonFor(best, atLevel, level);
        newThread = {
          id: `${accountId}:new-thread:${level}`,
          date: placed.date,
          kind: 'NEW_THREAD',
          title: `New ${level.toLowerCase()} thread: ${best.name}${best.title ? ` (${best.title})` : ''}`,
          channel: settings.channel,
          durationMinutes: settings.durationMinutes,
          level,
          people: [toTouchpointPerson(best, config)],
          owner,
          team: [],
          why: {
            summary: `Nobody at ${level} level is engaged or on the calendar: start a thread ${config.newThread.afterDays} days into the window (time for a warm introduction). ${reason}`,
            ruleDate: rule,
            overdueDays: null,
            cadence: null,
            qbr: null,
            renewal: null,
            playStep: null,
            thread: {
              level,
              reason,
              strength: round(best.strength, 1),
              roles: best.roles,
              alternativeIds: others.slice(0, 3).map((p) => p.id),
            },
            notes:
              owner === null
                ? [`Nobody on our team covers the account as ${settings.ownerRole} or a fallback role`]
                : [],
          },
        };
        newThreads.push(newThread);
        reaching = [newThread];
      }
    }
    const peopleOnCalendar = [
      ...new Set(reaching.flatMap((t) => t.people.filter((p) => p.level === level).map((p) => p.personId))),
    ].sort();
    const state =
      engaged.length > 0
        ? 'ENGAGED'
        : newThread
          ? 'NEW_THREAD'
          : reaching.length > 0
            ? 'BUILDING'
            : 'UNCOVERED';
    const summary =
      state === 'ENGAGED'
        ? `${engaged.length} engaged (${engaged
            .slice(0, 3)
            .map((e) => `${e.name} ${e.strength}`)
            .join(
              ', ',
            )}${engaged.length > 3 ? ', …' : ''}); ${reaching.length} touchpoints with ${peopleOnCalendar.length} people here`
        : state === 'BUILDING'
          ? `Nobody here is engaged yet; the calendar reaches ${peopleOnCalendar.length} of ${atLevel.length} people here in ${reaching.length} touchpoints`
          : state === 'NEW_THREAD'
            ? `Nobody here is engaged or on the calendar: a new thread with ${newThread!.people[0]!.name} on ${newThread!.date}`
            : atLevel.length === 0
              ? `Nobody is known at ${level} level at the account: this level stays uncovered`
              : `Nobody here is engaged and no new thread fits in the window: this level stays uncovered`;
    threads.push({
      level,
      state,
      people: atLevel.length,
      engaged,
      touchpoints: reaching.length,
      peopleOnCalendar,
      newThreadTouchpointId: newThread?.id ?? null,
      summary,
    });
  }
  return { threads, newThreads };
}
