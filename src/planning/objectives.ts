import type { ObjectiveFact } from '../domain/plan-facts';
import { daysBetween } from '../scoring/health-parts';

/** A customer objective as the plan shows it: with how far off it is and whether its owner is one of our threads. */
export interface PlanObjective extends ObjectiveFact {
  /** Days from the plan's day to the due date (negative when past); null without a due date. */
  daysToDue: number | null;
  /** Past its due date and neither achieved nor abandoned. */
  overdue: boolean;
  /** Whether we truly engage its owner (threading's engaged set); null without an owner still there. */
  ownerEngaged: boolean | null;
}

/**
 * "Where is your business going in the next 12 months": the customer's open objectives still
 * ahead of them, in their words, grouped by the unit of whoever owns them (overdue ones go to the
 * mutual action plan instead). Only what they stated: no objectives, no vision.
 */
export interface CustomerVision {
  statement: string | null;
  themes: { unit: string | null; objectiveIds: string[]; titles: string[] }[];
}

const OPEN = new Set(['PROPOSED', 'ACTIVE']);

export function planObjectives(
  objectives: readonly ObjectiveFact[],
  asOf: string,
  engagedIds: ReadonlySet<string>,
): PlanObjective[] {
  return objectives.map((o) => {
    const daysToDue = o.dueDate === null ? null : daysBetween(asOf, o.dueDate);
    const ownerThere = o.owner !== null && o.owner.status === 'ACTIVE';
    return {
      ...o,
      daysToDue,
      overdue: daysToDue !== null && daysToDue < 0 && OPEN.has(o.status),
      ownerEngaged: ownerThere ? engagedIds.has(o.owner!.id) : null,
    };
  });
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export function customerVision(
  accountName: string,
  objectives: readonly PlanObjective[],
  horizonDays: number,
): CustomerVision {
  const open = objectives.filter(
    (o) => OPEN.has(o.status) && !o.overdue && (o.daysToDue === null || o.daysToDue <= horizonDays),
  );
  if (open.length === 0) return { statement: null, themes: [] };
  const units = new Map<string | null, PlanObjective[]>();
  for (const o of open) {
    const unit = o.owner?.businessUnitName ?? o.owner?.department ?? null;
    units.set(unit, [...(units.get(unit) ?? []), o]);
  }
  const themes = [...units].map(([unit, list]) => ({
    unit,
    objectiveIds: list.map((o) => o.id),
    titles: list.map((o) => o.title),
  }));
  const clauses = open.map((o) => {
    const unit = o.owner?.businessUnitName ?? o.owner?.department;
    const when = o.dueDate ? `by ${o.dueDate}` : 'no date set';
    return `${lowerFirst(o.title)} (${[unit, when].filter(Boolean).join(', ')})`;
  });
  return { statement: `${accountName} aims to ${clauses.join('; ')}.`, themes };
}
