import { StartupError } from '../../domain/errors';
import type {
  HealthBand,
  HealthComponentName,
  HealthRedFlagCode,
  Segment,
  SponsorState,
  StakeholderRole,
  TicketSeverity,
} from '../../domain/vocabulary';

/**
 * Account health (`src/scoring/health*.ts`): how the five components make one 0..100 score, the
 * bands, and the windows and thresholds inside each component.
 */

/** What a segment (or an account with no segment) is judged by. */
export interface HealthProfile {
  /**
   * Share of each component in the score. They need not add up to 1: a score divides by the sum
   * of the weights of the components that could be computed, so a missing one's weight is shared
   * out over the others in proportion to theirs.
   */
  weights: Record<HealthComponentName, number>;
  /** A score (rounded) from `greenFrom` up is GREEN, from `yellowFrom` up YELLOW, below it RED. */
  bands: { greenFrom: number; yellowFrom: number };
}

export interface HealthConfig {
  /** Accounts with no segment. */
  profile: HealthProfile;
  /**
   * Per-segment profiles, each complete (a file overriding one value of one segment changes that
   * segment only). Defaults: enterprise deals hang on executives, so SPONSOR weighs more there;
   * SMB accounts rarely have a named sponsor, so usage carries more of their score.
   */
  segments: Record<Segment, HealthProfile>;
  usage: UsageHealthConfig;
  support: SupportHealthConfig;
  engagement: EngagementHealthConfig;
  contract: ContractHealthConfig;
  sponsor: SponsorHealthConfig;
  /** Missing data is said, not scored: below this share of the configured weight the account is INSUFFICIENT_DATA. */
  coverage: CoverageHealthConfig;
  /** Relationship and sentiment rules that cap the band whatever the weighted score says. */
  caps: HealthCapsConfig;
}

export interface CoverageHealthConfig {
  /**
   * Σ configured weight of the components that could be computed / Σ configured weight. Below
   * this the account has no score and no band (state INSUFFICIENT_DATA): one known component out
   * of five must not read as "RED 0" or "GREEN 100".
   */
  minShare: number;
}

export interface HealthCapsConfig {
  departure: {
    /** A holder of one of these roles who left the account … */
    roles: StakeholderRole[];
    /** … within this many days, … */
    withinDays: number;
    /** … with nobody now holding the role who talked with us (inbound or mutual) within this many days, … */
    replacementEngagedWithinDays: number;
    /** … caps the band at this (no better). */
    maxBand: HealthBand;
  };
  sentiment: {
    /** Any of these red flags (a frustrated customer) … */
    flags: HealthRedFlagCode[];
    /** … caps the band at this. */
    maxBand: HealthBand;
  };
}
export interface UsageHealthConfig {
  /** Usage readings are read this far back from asOf; it must cover `trendDays`. */
  lookbackDays: number;
  /** Seat utilisation (active / licensed, over active subscriptions) that scores full marks. */
  healthyUtilisation: number;
  /** The trend compares the latest reading with the last one at least this many days older. */
  trendDays: number;
  /** A change in active seats of −this over `trendDays` scores 0, flat 0.5, +this 1. */
  trendSaturation: number;
  /** The latest reading older than this many days is named as stale (still used). */
  staleAfterDays: number;
  subWeights: { utilisation: number; trend: number };
  flags: { declineAtOrBelow: number; utilisationBelow: number };
}

export interface SupportHealthConfig {
  /** Tickets opened in this many days up to asOf are the recent window. */
  windowDays: number;
  severityWeights: Record<TicketSeverity, number>;
  /** Escalated tickets in the window at which the escalation input reaches 0. */
  escalationSaturation: number;
  /** NPS answers in this many days up to asOf. */
  npsWindowDays: number;
  subWeights: { sentiment: number; escalations: number; severity: number; nps: number };
  /**
   * NPS is the standard net score: % promoters (9–10) − % detractors (0–6), each answer weighted
   * 0.5 ^ (its age in days / npsHalfLifeDays) so recent answers count most; it scores (net + 100) / 200.
   */
  npsHalfLifeDays: number;
  /** Open tickets of these severities are a red flag (OPEN_HIGH_SEVERITY_TICKET). */
  highSeverities: TicketSeverity[];
  /**
   * Free text that says the customer is evaluating alternatives: interaction subjects, NPS
   * comments and ticket subjects of the last `windowDays` containing any of `keywords`
   * (case-insensitive) are a red flag (EVALUATING_ALTERNATIVES), each cited as evidence.
   */
  alternatives: { keywords: string[]; windowDays: number };
  flags: {
    escalatedAtLeast: number;
    /** Mean ticket sentiment (−1..1) at or below this is a red flag. */
    sentimentAtOrBelow: number;
    /** Mean NPS (0..10) at or below this (a detractor's score) is a red flag. */
    npsAtOrBelow: number;
    /** Recency-weighted net NPS (−100..100) below this (detractors outweigh promoters) is a red flag. */
    npsNetBelow: number;
  };
}

export interface EngagementHealthConfig {
  /** Days after which the last two-way contact with anyone counts half as much. */
  recencyHalfLifeDays: number;
  subWeights: { breadth: number; recency: number; threading: number };
  flags: {
    /** No inbound or mutual contact with anyone for this many days is a red flag. */
    noTwoWayForDays: number;
    /** A champion who left this recently is a red flag (and triggers the rescue sequence). */
    championDepartedWithinDays: number;
  };
}

export interface ContractHealthConfig {
  /** A renewal this many days away or more scores full marks; nearer, in proportion. */
  renewalHorizonDays: number;
  /** Cancelled or expired subscriptions that ended this many days before asOf count as history. */
  historyDays: number;
  subWeights: { renewal: number; history: number };
  flags: { renewalWithinDays: number };
}

export interface SponsorHealthConfig {
  /** A sponsor who talked with us (inbound or mutual) this recently is ENGAGED. */
  engagedWithinDays: number;
  /** A sponsor who left (or whose role ended) this recently is named as departed. */
  departureLookbackDays: number;
  /** Score 0..100 of each state; an account that never had a sponsor is a missing input, not a state. */
  stateScores: Record<SponsorState, number>;
}

const profile = (weights: HealthProfile['weights']): HealthProfile => ({
  weights,
  bands: { greenFrom: 80, yellowFrom: 50 },
});

export const DEFAULT_HEALTH_CONFIG: HealthConfig = {
  profile: profile({ USAGE: 0.3, SUPPORT: 0.2, ENGAGEMENT: 0.2, CONTRACT: 0.15, SPONSOR: 0.15 }),
  segments: {
    ENTERPRISE: profile({ USAGE: 0.25, SUPPORT: 0.2, ENGAGEMENT: 0.2, CONTRACT: 0.15, SPONSOR: 0.2 }),
    MID_MARKET: profile({ USAGE: 0.3, SUPPORT: 0.2, ENGAGEMENT: 0.2, CONTRACT: 0.15, SPONSOR: 0.15 }),
    SMB: profile({ USAGE: 0.35, SUPPORT: 0.25, ENGAGEMENT: 0.15, CONTRACT: 0.15, SPONSOR: 0.1 }),
  },
  usage: {
    lookbackDays: 400,
    healthyUtilisation: 0.8,
    trendDays: 180,
    trendSaturation: 0.3,
    staleAfterDays: 45,
    subWeights: { utilisation: 0.6, trend: 0.4 },
    flags: { declineAtOrBelow: -0.2, utilisationBelow: 0.4 },
  },
  support: {
    windowDays: 90,
    severityWeights: { LOW: 1, MEDIUM: 2, HIGH: 3, URGENT: 4 },
    escalationSaturation: 3,
    npsWindowDays: 180,
    subWeights: { sentiment: 0.35, escalations: 0.25, severity: 0.2, nps: 0.2 },
    npsHalfLifeDays: 90,
    highSeverities: ['HIGH', 'URGENT'],
    alternatives: {
      keywords: [
        'alternative',
        'evaluating other',
        'other vendor',
        'competitor',
        'switching to',
        'switch vendor',
        'replace you',
        'rfp',
        'proof of concept with',
      ],
      windowDays: 90,
    },
    flags: { escalatedAtLeast: 2, sentimentAtOrBelow: -0.3, npsAtOrBelow: 6, npsNetBelow: 0 },
  },
  engagement: {
    recencyHalfLifeDays: 30,
    subWeights: { breadth: 0.3, recency: 0.3, threading: 0.4 },
    flags: { noTwoWayForDays: 60, championDepartedWithinDays: 90 },
  },
  contract: {
    renewalHorizonDays: 180,
    historyDays: 730,
    subWeights: { renewal: 0.4, history: 0.6 },
    flags: { renewalWithinDays: 90 },
  },
  sponsor: {
    engagedWithinDays: 90,
    departureLookbackDays: 365,
    stateScores: { ENGAGED: 100, NOT_ENGAGED: 40, VACANT: 0 },
  },
  coverage: { minShare: 0.5 },
  caps: {
    departure: {
      roles: ['CHAMPION', 'ECONOMIC_BUYER', 'EXECUTIVE_SPONSOR'],
      withinDays: 90,
      replacementEngagedWithinDays: 90,
      maxBand: 'YELLOW',
    },
    sentiment: {
      flags: ['OPEN_HIGH_SEVERITY_TICKET', 'OPEN_ESCALATION', 'DETRACTOR_NPS', 'EVALUATING_ALTERNATIVES'],
      maxBand: 'YELLOW',
    },
  },
};

/** Refuses a configuration no score can be computed under; called once at start-up. */
export function checkHealthConfig(config: HealthConfig): void {
  const profiles: [string, HealthProfile][] = [
    ['health.profile', config.profile],
    ...Object.entries(config.segments).map(([segment, p]): [string, HealthProfile] => [
      `health.segments.${segment}`,
      p,
    ]),
  ];
  if (!(config.coverage.minShare >= 0 && config.coverage.minShare <= 1)) {
    throw new StartupError('health.coverage.minShare must be between 0 and 1');
  }
  if (!(config.support.npsHalfLifeDays > 0)) {
    throw new StartupError('health.support.npsHalfLifeDays must be more than 0');
  }
  for (const [path, p] of profiles) {
    const weights = Object.entries(p.weights);
    const negative = weights.find(([, w]) => !(w >= 0));
    if (negative) throw new StartupError(`${path}.weights.${negative[0]} must be 0 or more`);
    if (weights.every(([, w]) => w === 0)) throw new StartupError(`${path}.weights must not all be 0`);
    if (!(p.bands.greenFrom > p.bands.yellowFrom && p.bands.yellowFrom >= 0 && p.bands.greenFrom <= 100)) {
      throw new StartupError(`${path}.bands must satisfy 0 <= yellowFrom < greenFrom <= 100`);
    }
  }
}
