import { StartupError } from '../../domain/errors';
import type { HealthBand, HealthRedFlagCode, TeamRole, TicketSeverity } from '../../domain/vocabulary';

/**
 * Plays gated by health (`src/scoring/play*.ts`): when an expansion may be proposed, and who on
 * our team owns each step of each play, due how many days after the play starts.
 */

/** Every step a play can have; their wording is in src/scoring/play-steps.ts. */
export const PLAY_STEP_KEYS = [
  'EXPANSION_CONFIRM_VALUE',
  'EXPANSION_QUALIFY_SIGNAL',
  'EXPANSION_BUSINESS_CASE',
  'EXPANSION_EXECUTIVE_ALIGNMENT',
  'EXPANSION_PROPOSE_OPTIONS',
  'STABILISE_HEALTH_REVIEW',
  'STABILISE_SUPPORT',
  'STABILISE_ADOPTION',
  'STABILISE_RELATIONSHIPS',
  'STABILISE_RENEWAL',
  'STABILISE_RECHECK',
  'RESCUE_EXECUTIVE_CALL',
  'RESCUE_GET_WELL_PLAN',
  'RESCUE_USAGE_RECOVERY',
  'RESCUE_SPONSOR',
  'RESCUE_RENEWAL_RISK',
  'RESCUE_WEEKLY_CHECK',
  'CHAMPION_MAP_CONTACTS',
  'CHAMPION_REACH_FORMER',
  'CHAMPION_MEET_MANAGER',
  'CHAMPION_PEER_THREAD',
  'CHAMPION_EXECUTIVE_THREAD',
  'CHAMPION_VALUE_REVIEW',
] as const;
export type PlayStepKey = (typeof PLAY_STEP_KEYS)[number];

export interface PlayStepConfig {
  /** Who on our account team (COVERS role) owns the step. */
  ownerRole: TeamRole;
  /** Due this many days after the play starts (asOf). */
  dueInDays: number;
}

export interface PlaysConfig {
  /**
   * A customer is "successful with what they own" when the seat utilisation of their active
   * subscriptions (Σ active / Σ licensed, latest readings) is at least `minUtilisation` and no
   * ticket of a `blockingSeverities` severity is open. No usage data means success is not shown.
   */
  success: { minUtilisation: number; blockingSeverities: TicketSeverity[] };
  /** Bands on which an expansion play may be proposed or requested (never RED). */
  expansionBands: HealthBand[];
  /**
   * Health red flags that mean the customer is frustrated: while any is raised, no expansion is
   * proposed, requested, planned or offered (blocker SENTIMENT_FRUSTRATED, one per flag, with its
   * evidence). Stabilise first.
   */
  frustratedWhen: HealthRedFlagCode[];
  /**
   * While a champion's departure is recent (health.engagement.flags.championDepartedWithinDays),
   * hold expansion: the rescue comes first, and a deal pushed through a new contact costs more
   * than it brings.
   */
  holdExpansionAfterChampionDeparture: boolean;
  /** The champion-departure rescue aims for this: within this many days no single departure threatens the account. */
  championRescueGoalDays: number;
  /** When a step's owner role is not covered on the account, the next of these roles that is. */
  ownerFallbacks: Record<TeamRole, TeamRole[]>;
  steps: Record<PlayStepKey, PlayStepConfig>;
}

const step = (ownerRole: TeamRole, dueInDays: number): PlayStepConfig => ({ ownerRole, dueInDays });

export const DEFAULT_PLAYS_CONFIG: PlaysConfig = {
  success: { minUtilisation: 0.6, blockingSeverities: ['URGENT'] },
  expansionBands: ['GREEN'],
  frustratedWhen: [
    'ESCALATED_TICKETS',
    'OPEN_ESCALATION',
    'OPEN_HIGH_SEVERITY_TICKET',
    'DETRACTOR_NPS',
    'EVALUATING_ALTERNATIVES',
  ],
  holdExpansionAfterChampionDeparture: true,
  championRescueGoalDays: 30,
  ownerFallbacks: {
    ACCOUNT_OWNER: ['CSM', 'EXECUTIVE_SPONSOR'],
    CSM: ['ACCOUNT_OWNER'],
    SOLUTIONS_ENGINEER: ['CSM', 'ACCOUNT_OWNER'],
    EXECUTIVE_SPONSOR: ['ACCOUNT_OWNER'],
  },
  steps: {
    EXPANSION_CONFIRM_VALUE: step('CSM', 7),
    EXPANSION_QUALIFY_SIGNAL: step('ACCOUNT_OWNER', 14),
    EXPANSION_BUSINESS_CASE: step('ACCOUNT_OWNER', 21),
    EXPANSION_EXECUTIVE_ALIGNMENT: step('EXECUTIVE_SPONSOR', 30),
    EXPANSION_PROPOSE_OPTIONS: step('ACCOUNT_OWNER', 45),
    STABILISE_HEALTH_REVIEW: step('CSM', 3),
    STABILISE_SUPPORT: step('CSM', 7),
    STABILISE_ADOPTION: step('CSM', 14),
    STABILISE_RELATIONSHIPS: step('ACCOUNT_OWNER', 21),
    STABILISE_RENEWAL: step('ACCOUNT_OWNER', 30),
    STABILISE_RECHECK: step('CSM', 30),
    RESCUE_EXECUTIVE_CALL: step('EXECUTIVE_SPONSOR', 2),
    RESCUE_GET_WELL_PLAN: step('CSM', 7),
    RESCUE_USAGE_RECOVERY: step('SOLUTIONS_ENGINEER', 14),
    RESCUE_SPONSOR: step('EXECUTIVE_SPONSOR', 14),
    RESCUE_RENEWAL_RISK: step('ACCOUNT_OWNER', 14),
    RESCUE_WEEKLY_CHECK: step('CSM', 7),
    CHAMPION_MAP_CONTACTS: step('CSM', 7),
    CHAMPION_REACH_FORMER: step('ACCOUNT_OWNER', 7),
    CHAMPION_MEET_MANAGER: step('ACCOUNT_OWNER', 7),
    CHAMPION_PEER_THREAD: step('CSM', 21),
    CHAMPION_EXECUTIVE_THREAD: step('EXECUTIVE_SPONSOR', 21),
    CHAMPION_VALUE_REVIEW: step('CSM', 28),
  },
};

/** Refuses a configuration that would let an expansion play onto a red account; called once at start-up. */
export function checkPlaysConfig(config: PlaysConfig): void {
  if (config.expansionBands.includes('RED')) {
    throw new StartupError(
      'plays.expansionBands must not include RED: never run an expansion play on a red account',
    );
  }
  if (!(config.success.minUtilisation >= 0 && config.success.minUtilisation <= 1)) {
    throw new StartupError('plays.success.minUtilisation must be between 0 and 1');
  }
}
