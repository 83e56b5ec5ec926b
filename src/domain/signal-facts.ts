import type { SeniorityLevel, StakeholderRole, TicketSeverity, PersonStatus } from '../domain/vocabulary';

/** The facts expansion signals and churn indicators are read from; dates are `YYYY-MM-DD`. */

export interface UsageSnapshotFact {
  id: string;
  date: string;
  licensedSeats: number;
  activeSeats: number;
  featuresAdopted: number | null;
  featuresAvailable: number | null;
  /** The unit the usage was measured in (usually the subscription's own). */
  businessUnitId: string | null;
  businessUnitName: string | null;
}

/** A subscription in force on `asOf`, with its snapshots in the lookback window, oldest first. */
export interface SubscriptionUsage {
  accountId: string;
  subscriptionId: string;
  productId: string;
  productName: string;
  /** The unit it was bought for; null = account-wide. */
  businessUnitId: string | null;
  businessUnitName: string | null;
  seatsLicensed: number;
  snapshots: UsageSnapshotFact[];
}

/** Per account and unit (null = no unit): people we know who joined or left in the hiring window. */
export interface HiringFacts {
  accountId: string;
  businessUnitId: string | null;
  businessUnitName: string | null;
  /** Known people there on the window's first day. */
  knownAtStart: number;
  joined: { personId: string; date: string }[];
  left: { personId: string; date: string }[];
  /** Known people with no start date: they cannot be placed in time. */
  withoutStartDate: number;
}

export interface SignalPerson {
  id: string;
  accountId: string;
  name: string;
  title: string | null;
  seniority: SeniorityLevel | null;
  businessUnitId: string | null;
  status: PersonStatus;
  startedAt: string | null;
  departedAt: string | null;
  reportsToId: string | null;
  roles: { role: StakeholderRole; since: string; until: string | null }[];
}

export interface TicketFact {
  id: string;
  accountId: string;
  subject: string | null;
  severity: TicketSeverity;
  /** ISO instant. */
  openedAt: string;
  sentiment: number | null;
  escalated: boolean;
  raisedById: string | null;
}

export interface NpsFact {
  id: string;
  accountId: string;
  score: number;
  /** ISO instant. */
  answeredAt: string;
  personId: string | null;
}

/** A role assignment that ended because its holder left, with who holds the role now. */
export interface RoleDepartureFact {
  accountId: string;
  role: StakeholderRole;
  personId: string;
  name: string;
  title: string | null;
  since: string;
  until: string | null;
  departedAt: string | null;
  managerId: string | null;
  /** Holders of the same role on `asOf`. */
  currentHolders: { personId: string; name: string; since: string }[];
}
