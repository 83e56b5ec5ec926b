import { StartupError } from '../../domain/errors';
import { EXPANSION_TYPES, type ExpansionType, type TeamRole } from '../../domain/vocabulary';

/**
 * The strategic account plan and the executive briefing (`src/planning/*`): who on our team
 * carries each kind of expansion, what success is measured against, and the windows the plan
 * and the briefing look over.
 */

/**
 * The expansion playbook's RACI for one kind of expansion, as roles on the account team (COVERS).
 * Roles nobody covers on an account fall back as plays do (`plays.ownerFallbacks`).
 */
export interface RaciConfig {
  /** Makes the ask and runs the motion. */
  responsible: TeamRole;
  /** Answers for the outcome; exactly one. */
  accountable: TeamRole;
  /** Asked before timing and terms are set. */
  consulted: TeamRole[];
  /** Kept up to date on progress. */
  informed: TeamRole[];
}

export interface PlanConfig {
  raci: Record<ExpansionType, RaciConfig>;
  /** The targets the plan's success metrics are judged against. */
  targets: {
    /** Net revenue retention over the trailing year, as a ratio (1.1 = 110%). */
    netRevenueRetention: number;
    /** Gross revenue retention over the trailing year (no expansion counted). */
    grossRevenueRetention: number;
    /** Health score to reach; by default the GREEN band's floor of the account's profile. */
    healthScore: number | 'GREEN_BAND';
    /** Distinct people we truly engage (threading's engaged threshold and window). */
    engagedPeople: number;
    /** Share of all contact that may go to the single busiest person. */
    maxTopContactShare: number;
    /** Seat utilisation of what they own (the plays' definition of "successful"). */
    utilisation: number;
  };
  /** Metrics are due this many days after the plan's day (the seed's rescue goal is 30 days). */
  metricsDueInDays: number;
  /** The mutual action plan and the plan's engagement calendar look this far ahead. */
  horizonDays: number;
  /** The vision and the renewals ahead look this far: where the business goes in the next year. */
  lookaheadDays: number;
  /** The executive briefing looks back this many days by default (the seed: "the last 6 months"). */
  briefingLookbackDays: number;
  /** Touchpoints of the calendar listed in the Markdown plan (the rest are counted). */
  markdownTouchpoints: number;
}

const raci = (
  responsible: TeamRole,
  accountable: TeamRole,
  consulted: TeamRole[],
  informed: TeamRole[],
): RaciConfig => ({ responsible, accountable, consulted, informed });

export const DEFAULT_PLAN_CONFIG: PlanConfig = {
  raci: {
    // More seats of what they own: the CSM sees the ceiling coming and makes the ask; the owner
    // carries the number; the SE sizes the options.
    SEAT_EXPANSION: raci('CSM', 'ACCOUNT_OWNER', ['SOLUTIONS_ENGINEER'], ['EXECUTIVE_SPONSOR']),
    // A product they do not own yet is a sale: the owner runs it with the SE's discovery and the
    // CSM's view of adoption.
    CROSS_SELL: raci('ACCOUNT_OWNER', 'ACCOUNT_OWNER', ['SOLUTIONS_ENGINEER', 'CSM'], ['EXECUTIVE_SPONSOR']),
    // Bringing what they own to another unit needs new relationships at the top of that unit.
    NEW_UNIT: raci('ACCOUNT_OWNER', 'EXECUTIVE_SPONSOR', ['CSM', 'SOLUTIONS_ENGINEER'], []),
    // A higher tier follows adoption: the SE proves the value of the deeper features.
    TIER_UPGRADE: raci('SOLUTIONS_ENGINEER', 'ACCOUNT_OWNER', ['CSM'], ['EXECUTIVE_SPONSOR']),
  },
  targets: {
    netRevenueRetention: 1.1,
    grossRevenueRetention: 0.95,
    healthScore: 'GREEN_BAND',
    engagedPeople: 6,
    maxTopContactShare: 0.4,
    utilisation: 0.6,
  },
  metricsDueInDays: 90,
  horizonDays: 90,
  lookaheadDays: 365,
  briefingLookbackDays: 182,
  markdownTouchpoints: 15,
};

/** Refuses a RACI with a role in two letters at once or an unknown expansion type; called at start-up. */
export function checkPlanConfig(config: PlanConfig): void {
  for (const type of EXPANSION_TYPES) {
    const entry = config.raci[type];
    if (!entry) throw new StartupError(`plan.raci.${type} is missing`);
    const roles = [entry.responsible, ...entry.consulted, ...entry.informed];
    if (entry.responsible !== entry.accountable) roles.push(entry.accountable);
    const repeated = roles.find((role, i) => roles.indexOf(role) !== i);
    if (repeated) throw new StartupError(`plan.raci.${type} names ${repeated} in more than one letter`);
  }
  if (!(config.targets.maxTopContactShare > 0 && config.targets.maxTopContactShare <= 1)) {
    throw new StartupError('plan.targets.maxTopContactShare must be in (0, 1]');
  }
}
