import type { ActivityBasis } from '../domain/vocabulary';
import type { PlayStepKey, PlaysConfig } from '../config/analytics/plays';
import type { PlayKind, PlayTrigger, TeamRole } from '../domain/vocabulary';
import { WEEKDAYS_ONLY, type BusinessCalendar } from './business-days';
import { shiftDay } from './health-parts';

/** One of the customer's people a step is about, and why them. */
export interface PlayPerson {
  personId: string;
  name: string;
  title: string | null;
  why: string;
  /** Set for active users named after a champion left: they report (directly or not) to the champion. */
  inChampionTeam?: boolean | null;
}

/** A member of our team on the account (COVERS). */
export interface TeamCover {
  teamMemberId: string;
  name: string;
  role: TeamRole;
}

export interface PlayOwner extends TeamCover {
  /** The role the step asked for, when nobody in it covers the account and this owner stands in. */
  standsInFor: TeamRole | null;
}

export type PlayPhase = 'WEEK_1' | 'WEEKS_2_4' | 'LATER';

export interface PlayStep {
  order: number;
  key: PlayStepKey;
  phase: PlayPhase;
  title: string;
  detail: string;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  ownerRole: TeamRole;
  /** Null when nobody on our team covers the account in that role or a fallback. */
  owner: PlayOwner | null;
  people: PlayPerson[];
}

export interface Play {
  kind: PlayKind;
  trigger: PlayTrigger;
  title: string;
  /** Why this play applies: band, score, the evidence behind it. */
  why: string;
  goal: string;
  steps: PlayStep[];
  /** What the play could not name (no champion, no CSM on the account…). */
  gaps: string[];
  /** The champion rescue: what its most active users were ranked by. */
  activityBasis?: ActivityBasis | null;
}

export interface StepContent {
  key: PlayStepKey;
  title: string;
  detail: string;
  people: PlayPerson[];
}

/** The member of our team who owns a role on the account, else the first covered fallback role. */
export function ownerFor(
  role: TeamRole,
  team: readonly TeamCover[],
  fallbacks: PlaysConfig['ownerFallbacks'],
): PlayOwner | null {
  const pick = (r: TeamRole) =>
    [...team].sort((a, b) => a.teamMemberId.localeCompare(b.teamMemberId)).find((t) => t.role === r);
  const direct = pick(role);
  if (direct) return { ...direct, standsInFor: null };
  for (const fallback of fallbacks[role]) {
    const found = pick(fallback);
    if (found) return { ...found, standsInFor: role };
  }
  return null;
}

export function phaseOf(dueInDays: number): PlayPhase {
  return dueInDays <= 7 ? 'WEEK_1' : dueInDays <= 28 ? 'WEEKS_2_4' : 'LATER';
}

/** Numbers, dates and owners for the steps, in order of due date (then as written). */
export function scheduleSteps(
  contents: readonly StepContent[],
  startDay: string,
  team: readonly TeamCover[],
  config: PlaysConfig,
  days: BusinessCalendar = WEEKDAYS_ONLY,
): { steps: PlayStep[]; gaps: string[] } {
  const gaps: string[] = [];
  // Due by a business day of the account's place: a weekend or public holiday moves the date to
  // the business day before, never before the play's first business day.
  const firstDay = days.onOrAfter(startDay);
  const dueBy = (dueInDays: number): string => {
    const due = days.onOrBefore(shiftDay(startDay, dueInDays));
    return due < firstDay ? firstDay : due;
  };
  const steps = contents
    .map((content, i) => ({ content, i, step: config.steps[content.key] }))
    .sort((a, b) => a.step.dueInDays - b.step.dueInDays || a.i - b.i)
    .map(({ content, step }, index): PlayStep => {
      const owner = ownerFor(step.ownerRole, team, config.ownerFallbacks);
      if (owner === null)
        gaps.push(
          `Nobody on our team covers the account as ${step.ownerRole}: "${content.title}" has no owner`,
        );
      return {
        order: index + 1,
        key: content.key,
        phase: phaseOf(step.dueInDays),
        title: content.title,
        detail: content.detail,
        dueDate: dueBy(step.dueInDays),
        ownerRole: step.ownerRole,
        owner,
        people: content.people,
      };
    });
  return { steps, gaps };
}

/** "Ana Ruiz (CFO)", "Ana Ruiz (CFO) and Bo Lee (VP Sales)". */
export function named(people: readonly PlayPerson[]): string {
  const labels = people.map((p) => (p.title ? `${p.name} (${p.title})` : p.name));
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
}
