import type { SeniorityLevel, StakeholderRole, TicketSeverity } from '../../domain/vocabulary';

/**
 * Expansion signals (`src/scoring/signals*.ts`) and churn leading indicators
 * (`src/scoring/churn*.ts`): thresholds and windows, and who a finding concerns.
 */
export interface SignalsConfig {
  /** Usage snapshots are read this far back from `asOf`; it must cover the longest window below. */
  usageLookbackDays: number;
  expansion: ExpansionConfig;
  churn: ChurnConfig;
  stakeholders: StakeholderSelectionConfig;
}

export interface ExpansionConfig {
  capacity: {
    /** Seat utilisation (active / licensed) at which a subscription is near its ceiling. */
    threshold: number;
    /** The growth rate is a least-squares line through this many latest snapshots. */
    fitSnapshots: number;
    /** A capacity conversation is due this many days before the projected 100% date. */
    conversationLeadDays: number;
  };
  adoption: {
    fitSnapshots: number;
    /** Gain in featuresAdopted / featuresAvailable per month (0.01 = one point a month) that counts. */
    minVelocityPerMonth: number;
  };
  asymmetry: {
    /** A unit using at least this share of its seats is HEAVY… */
    heavyUtilisation: number;
    /** …and at most this share, IDLE. */
    idleUtilisation: number;
  };
  hiring: {
    windowDays: number;
    /** People who joined in the window needed before growth counts… */
    minJoiners: number;
    /** …and net growth over the people known at the window's start. */
    minGrowth: number;
  };
}

export interface ChurnConfig {
  usageDecline: {
    /** Months before the latest snapshot over which the peak is looked for. */
    windowMonths: number;
    /** Drop from that peak to the latest snapshot (0.2 = 20%) that counts as a decline. */
    minDecline: number;
  };
  departures: {
    /** Roles whose holder leaving is a leading indicator. */
    roles: StakeholderRole[];
    /** Departures older than this are history, not a signal. */
    lookbackDays: number;
  };
  tickets: {
    /** Recent window, compared with the same length just before it. */
    windowDays: number;
    severityWeights: Record<TicketSeverity, number>;
    /** Escalated tickets in the recent window that are a signal on their own. */
    minEscalated: number;
    /** Severity-weighted volume growth over the previous window that counts (0.5 = +50%)… */
    minGrowth: number;
    /** …once the recent weighted volume is at least this. */
    minWeighted: number;
  };
  ticketSentiment: {
    windowDays: number;
    /** Fall in mean sentiment (−1..1) versus the previous window that counts. */
    minDrop: number;
    /** With no earlier tickets to compare with, a recent mean at or below this counts. */
    floor: number;
    minObservations: number;
  };
  nps: {
    windowDays: number;
    /** Fall in the mean score (0..10) versus the previous window that counts. */
    minDrop: number;
    /** With no earlier answers, a recent mean at or below this (a detractor's score) counts. */
    floor: number;
    minObservations: number;
  };
}

export interface StakeholderSelectionConfig {
  /** For an account-wide finding: the current holders of these roles. */
  accountRoles: StakeholderRole[];
  /** For a unit's finding: its people who hold any role now, or are this senior. */
  unitSeniorities: SeniorityLevel[];
  /** At most this many per finding: named people first, then role holders, then the most senior. */
  maxPerFinding: number;
}

export const DEFAULT_SIGNALS_CONFIG: SignalsConfig = {
  usageLookbackDays: 240,
  expansion: {
    capacity: { threshold: 0.8, fitSnapshots: 6, conversationLeadDays: 60 },
    adoption: { fitSnapshots: 6, minVelocityPerMonth: 0.01 },
    asymmetry: { heavyUtilisation: 0.85, idleUtilisation: 0.25 },
    hiring: { windowDays: 180, minJoiners: 3, minGrowth: 0.1 },
  },
  churn: {
    usageDecline: { windowMonths: 6, minDecline: 0.2 },
    departures: { roles: ['CHAMPION', 'EXECUTIVE_SPONSOR'], lookbackDays: 180 },
    tickets: {
      windowDays: 90,
      severityWeights: { LOW: 1, MEDIUM: 2, HIGH: 3, URGENT: 4 },
      minEscalated: 2,
      minGrowth: 0.5,
      minWeighted: 6,
    },
    ticketSentiment: { windowDays: 90, minDrop: 0.2, floor: -0.2, minObservations: 3 },
    nps: { windowDays: 365, minDrop: 1.5, floor: 6, minObservations: 2 },
  },
  stakeholders: {
    accountRoles: ['ECONOMIC_BUYER', 'DECISION_MAKER', 'CHAMPION', 'EXECUTIVE_SPONSOR'],
    unitSeniorities: ['C_LEVEL', 'VP', 'DIRECTOR'],
    maxPerFinding: 8,
  },
};
