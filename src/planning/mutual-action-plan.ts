import type { PlanConfig, RaciConfig } from '../config/analytics/plan';
import type { PlaysConfig } from '../config/analytics/plays';
import type { ActionSource, ExpansionType, TeamRole } from '../domain/vocabulary';
import { shiftDay } from '../scoring/health-parts';
import { ownerFor, type PlayOwner, type PlayPerson, type TeamCover } from '../scoring/play-steps';
import type { PlanObjective } from './objectives';

/**
 * A mutual action plan: commitments from both sides, each with an owner on our team, the
 * customer's people it needs, and a date — what a QBR closes with. Read from the plays' steps,
 * the qualified opportunities' timing, the renewals ahead, the customer's own objectives and the
 * business reviews on the calendar; sorted by date, within the plan's horizon.
 */
export interface ActionItem {
  /** `YYYY-MM-DD`. */
  date: string;
  title: string;
  detail: string;
  source: ActionSource;
  /** The play step, opportunity, subscription, objective or touchpoint it comes from. */
  sourceId: string;
  /** Who on our team commits to it; null when nobody covers the role. */
  ourOwner: PlayOwner | null;
  /** The customer's people it needs, and why them. */
  customerOwners: PlayPerson[];
  /** The customer leads it (their objective); we support. */
  customerLed: boolean;
  /** Its date has passed and it still stands. */
  overdue: boolean;
}

export interface RenewalAhead {
  renewalDate: string;
  subscriptionIds: string[];
  productNames: string[];
  arr: number;
}

export interface OpportunityAction {
  id: string;
  expansionType: ExpansionType;
  title: string;
  /** The suggested date to raise it, and why then. */
  date: string;
  why: string;
  people: PlayPerson[];
}

/** A dated commitment the engagement calendar already plans: a play's step, a business review, a renewal milestone. */
export interface CalendarAction {
  id: string;
  source: Extract<ActionSource, 'PLAY_STEP' | 'QBR' | 'RENEWAL'>;
  date: string;
  title: string;
  detail: string;
  owner: PlayOwner | null;
  people: PlayPerson[];
}

export interface ActionPlanInput {
  asOf: string;
  /** The calendar's play steps, business reviews and renewal milestones with the customer. */
  calendar: readonly CalendarAction[];
  objectives: readonly PlanObjective[];
  opportunities: readonly OpportunityAction[];
  team: readonly TeamCover[];
}

function personOf(objective: PlanObjective): PlayPerson[] {
  const owner = objective.owner;
  if (owner === null || owner.status !== 'ACTIVE') return [];
  return [{ personId: owner.id, name: owner.name, title: owner.title, why: 'Owns the objective' }];
}

export function mutualActionPlan(
  input: ActionPlanInput,
  config: Pick<PlanConfig, 'horizonDays'> & { raci: Record<ExpansionType, RaciConfig> },
  fallbacks: PlaysConfig['ownerFallbacks'],
): ActionItem[] {
  const end = shiftDay(input.asOf, config.horizonDays);
  const owner = (role: TeamRole) => ownerFor(role, input.team, fallbacks);
  const items: ActionItem[] = input.calendar.map((c) => ({
    date: c.date,
    title: c.title,
    detail: c.detail,
    source: c.source,
    sourceId: c.id,
    ourOwner: c.owner,
    customerOwners: c.people,
    customerLed: false,
    overdue: false,
  }));

  for (const o of input.opportunities)
    items.push({
      date: o.date < input.asOf ? input.asOf : o.date,
      title: o.title,
      detail: o.why,
      source: 'OPPORTUNITY',
      sourceId: o.id,
      ourOwner: owner(config.raci[o.expansionType].responsible),
      customerOwners: o.people,
      customerLed: false,
      overdue: false,
    });

  for (const o of input.objectives) {
    if (o.status !== 'ACTIVE' && o.status !== 'PROPOSED') continue;
    if (o.overdue) {
      items.push({
        date: input.asOf,
        title: `Agree a new date for "${o.title}"`,
        detail: `Due ${o.dueDate} and not achieved: review what stands in the way and what we can do.`,
        source: 'OBJECTIVE',
        sourceId: o.id,
        ourOwner: owner('CSM'),
        customerOwners: personOf(o),
        customerLed: true,
        overdue: true,
      });
    } else if (o.dueDate !== null && o.dueDate <= end) {
      items.push({
        date: o.dueDate,
        title: `Review results against "${o.title}"`,
        detail: o.metric
          ? `Measured by ${o.metric}${o.targetValue !== null ? `, target ${o.targetValue}` : ''}.`
          : 'No metric recorded: agree one.',
        source: 'OBJECTIVE',
        sourceId: o.id,
        ourOwner: owner('CSM'),
        customerOwners: personOf(o),
        customerLed: true,
        overdue: false,
      });
    }
  }

  // Stable: on one day, the calendar's order holds, then opportunities, then objectives.
  return items.filter((item) => item.date <= end).sort((a, b) => a.date.localeCompare(b.date));
}
