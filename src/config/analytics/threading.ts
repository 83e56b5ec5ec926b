import type { StakeholderRole } from '../../domain/vocabulary';

/**
 * Single-threading risk per account (`src/scoring/threading-risk.ts`) and what a departure
 * costs (`src/scoring/departure-impact.ts`).
 */
export interface ThreadingConfig {
  /** A person is truly engaged with a relationship strength (0..100) of at least this… */
  engagedThreshold: number;
  /** …and an inbound or mutual interaction (they talked with us, not only heard from us) this recently. */
  engagedWindowDays: number;
  /** Engaged people at which breadth carries no risk; one engaged person is full risk. */
  breadthTarget: number;
  /** The roles an account must have covered, each present and engaged. */
  keyRoles: StakeholderRole[];
  /** Risk of each key role's state: held by an engaged person, held by nobody engaged, held by nobody. */
  roleStateRisk: { ENGAGED: number; NOT_ENGAGED: number; MISSING: number };
  /** Distinct departments, org levels and top-level branches among engaged people at which spread carries no risk. */
  spreadTargets: { departments: number; levels: number; branches: number };
  /** Roles whose holders our team must be able to reach (critical people are those on every path). */
  decisionRoles: StakeholderRole[];
  /** How the five components (each 0..1) make the 0..100 risk; renormalised over the ones that can be computed. */
  componentWeights: {
    breadth: number;
    concentration: number;
    roleCoverage: number;
    structure: number;
    criticalPeople: number;
  };
  /** Risk from this score up is MEDIUM, and HIGH from the next. */
  levels: { mediumFrom: number; highFrom: number };
  /**
   * Rules that hold the risk up whatever the weighted components say, so that threading agrees
   * with health and the plays: a key role nobody holds, or a recent departure from a key role
   * with nobody engaged in the seat now. The score is raised to the level's lower bound.
   */
  floors: {
    /** Roles that, held by nobody at all, make the risk at least `uncoveredMinLevel`. */
    uncoveredRoles: StakeholderRole[];
    uncoveredMinLevel: 'MEDIUM' | 'HIGH';
    /** Roles whose holder left within `departureWithinDays`, nobody engaged holding it now, make it at least `departureMinLevel`. */
    departureRoles: StakeholderRole[];
    departureWithinDays: number;
    departureMinLevel: 'MEDIUM' | 'HIGH';
  };
  /** The portfolio ranking reads and scores this many accounts at a time, so no one transaction holds them all. */
  portfolioBatchSize: number;
  departure: DepartureConfig;
}

export interface DepartureConfig {
  /** How many of the most active users outside the departed person's team to suggest. */
  activeUsersToSuggest: number;
  /** Support tickets raised in this many days before the departure count as product activity. */
  activityWindowDays: number;
  /** Priority of each reason a person is suggested; a person's priority adds up their reasons. */
  reasonWeights: {
    SUCCESSOR: number;
    MANAGER: number;
    INFLUENCED: number;
    ACTIVE_USER: number;
  };
  /** Added as this × strength / 100: a warm relationship is quicker to build on. */
  warmthWeight: number;
}

export const DEFAULT_THREADING_CONFIG: ThreadingConfig = {
  engagedThreshold: 50,
  engagedWindowDays: 90,
  breadthTarget: 6,
  keyRoles: ['CHAMPION', 'ECONOMIC_BUYER', 'EXECUTIVE_SPONSOR', 'DECISION_MAKER'],
  roleStateRisk: { ENGAGED: 0, NOT_ENGAGED: 0.5, MISSING: 1 },
  spreadTargets: { departments: 3, levels: 3, branches: 3 },
  decisionRoles: ['ECONOMIC_BUYER', 'DECISION_MAKER'],
  componentWeights: {
    breadth: 0.25,
    concentration: 0.2,
    roleCoverage: 0.2,
    structure: 0.15,
    criticalPeople: 0.2,
  },
  levels: { mediumFrom: 35, highFrom: 60 },
  floors: {
    uncoveredRoles: ['CHAMPION', 'ECONOMIC_BUYER'],
    uncoveredMinLevel: 'MEDIUM',
    departureRoles: ['CHAMPION', 'ECONOMIC_BUYER', 'EXECUTIVE_SPONSOR'],
    departureWithinDays: 90,
    departureMinLevel: 'HIGH',
  },
  portfolioBatchSize: 200,
  departure: {
    activeUsersToSuggest: 3,
    activityWindowDays: 180,
    reasonWeights: { SUCCESSOR: 3, MANAGER: 3, INFLUENCED: 2, ACTIVE_USER: 1.5 },
    warmthWeight: 1,
  },
};
