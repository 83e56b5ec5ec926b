import type {
  BusinessUnitKind,
  InfluenceKind,
  InteractionDirection,
  InteractionType,
  ObjectiveStatus,
  OpportunityStatus,
  OpportunityType,
  PersonStatus,
  Segment,
  SeniorityLevel,
  StakeholderRole,
  SubscriptionStatus,
  TeamRole,
  TicketSeverity,
  TicketStatus,
} from './vocabulary';

/**
 * What is written to the graph, one record type per label or relationship type. Writers
 * (the demo generator, CRM importers, mutations) produce these; every record is stored under
 * the caller's tenant, which is why no record carries a tenant itself.
 *
 * Dates are ISO strings: `YYYY-MM-DD` for a calendar date, full ISO 8601 for an instant.
 * Optional fields are `null` when unknown, never a made-up default.
 */

export interface AccountRecord {
  id: string;
  name: string;
  industry: string | null;
  segment: Segment | null;
  region: string | null;
  employeeCount: number | null;
  annualRevenue: number | null;
  website: string | null;
  /** The parent account in a corporate hierarchy (SUBSIDIARY_OF). */
  parentId: string | null;
  customerSince: string | null;
}

export interface BusinessUnitRecord {
  id: string;
  accountId: string;
  name: string;
  kind: BusinessUnitKind;
  /** Headcount of the unit, when known: hiring growth and seat sizing use it. */
  headcount: number | null;
}

export interface PersonRecord {
  id: string;
  accountId: string;
  businessUnitId: string | null;
  name: string;
  email: string | null;
  title: string | null;
  seniority: SeniorityLevel | null;
  department: string | null;
  reportsToId: string | null;
  status: PersonStatus;
  startedAt: string | null;
  departedAt: string | null;
}

export interface RoleAssignmentRecord {
  personId: string;
  accountId: string;
  role: StakeholderRole;
  since: string;
  until: string | null;
  source: string | null;
}

export interface InfluenceRecord {
  fromPersonId: string;
  toPersonId: string;
  /** How strongly `from` sways `to`, 0 (barely) to 1 (decisively). */
  weight: number;
  kind: InfluenceKind;
  source: string | null;
}

export interface TeamMemberRecord {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  managerId: string | null;
}

export interface AccountCoverageRecord {
  teamMemberId: string;
  accountId: string;
  role: TeamRole;
  since: string | null;
}

export interface InteractionRecord {
  id: string;
  accountId: string;
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: string;
  durationMinutes: number | null;
  subject: string | null;
  teamMemberIds: string[];
  personIds: string[];
}

export interface ProductRecord {
  id: string;
  name: string;
  family: string | null;
  /** Annual list price of one seat, in the tenant's currency. */
  listPricePerSeat: number | null;
}

export interface SubscriptionRecord {
  id: string;
  accountId: string;
  productId: string;
  businessUnitId: string | null;
  seatsLicensed: number;
  seatsUsed: number | null;
  arr: number;
  startDate: string;
  renewalDate: string | null;
  termMonths: number | null;
  status: SubscriptionStatus;
}

export interface UsageSnapshotRecord {
  id: string;
  subscriptionId: string;
  businessUnitId: string | null;
  date: string;
  licensedSeats: number;
  activeSeats: number;
  featuresAdopted: number | null;
  featuresAvailable: number | null;
}

export interface SupportTicketRecord {
  id: string;
  accountId: string;
  raisedById: string | null;
  subject: string | null;
  severity: TicketSeverity;
  status: TicketStatus;
  /** -1 (angry) to 1 (delighted), from the ticket's text or survey. */
  sentiment: number | null;
  escalated: boolean;
  openedAt: string;
  closedAt: string | null;
}

export interface NpsResponseRecord {
  id: string;
  accountId: string;
  personId: string | null;
  score: number;
  answeredAt: string;
  comment: string | null;
}

/**
 * One person's product usage over a window ending on `date` (a per-user usage export row):
 * stored as (:Person)-[:HAS_USAGE]->(:PersonUsage), the latest reading on or before a day is
 * what "most active users" rank by.
 */
export interface PersonUsageRecord {
  id: string;
  personId: string;
  /** The day the reading was taken (the end of its window). */
  date: string;
  /** Days in the window the reading covers. */
  windowDays: number;
  /** Days in the window the person used the product. */
  activeDays: number;
  /** Feature events (clicks, runs, exports…) in the window. */
  featureEvents: number | null;
  /** The last day the person used the product (may be before the window). */
  lastActiveOn: string | null;
}

export interface OpportunityRecord {
  id: string;
  accountId: string;
  productId: string | null;
  ownerId: string | null;
  name: string;
  type: OpportunityType;
  stage: string;
  status: OpportunityStatus;
  amount: number | null;
  closeDate: string | null;
}

export interface OpportunityContactRoleRecord {
  opportunityId: string;
  personId: string;
  role: StakeholderRole;
  isPrimary: boolean;
}

export interface CompetitorRecord {
  id: string;
  name: string;
  /** Our products this competitor's offering replaces (ALTERNATIVE_TO). */
  alternativeToProductIds: string[];
}

export interface CompetitorPresenceRecord {
  accountId: string;
  competitorId: string;
  businessUnitId: string | null;
  since: string | null;
}

export interface ObjectiveRecord {
  id: string;
  accountId: string;
  ownerPersonId: string | null;
  title: string;
  metric: string | null;
  targetValue: number | null;
  dueDate: string | null;
  status: ObjectiveStatus;
}

/** A whole tenant's worth of records, in the order they can be written. */
export interface PortfolioRecords {
  products: ProductRecord[];
  competitors: CompetitorRecord[];
  teamMembers: TeamMemberRecord[];
  accounts: AccountRecord[];
  businessUnits: BusinessUnitRecord[];
  people: PersonRecord[];
  roleAssignments: RoleAssignmentRecord[];
  influences: InfluenceRecord[];
  coverage: AccountCoverageRecord[];
  interactions: InteractionRecord[];
  subscriptions: SubscriptionRecord[];
  usageSnapshots: UsageSnapshotRecord[];
  tickets: SupportTicketRecord[];
  npsResponses: NpsResponseRecord[];
  personUsage: PersonUsageRecord[];
  opportunities: OpportunityRecord[];
  opportunityContactRoles: OpportunityContactRoleRecord[];
  competitorPresence: CompetitorPresenceRecord[];
  objectives: ObjectiveRecord[];
}

/** A portfolio with no records, to be filled by a generator or an importer. */
export function emptyPortfolioRecords(): PortfolioRecords {
  return {
    products: [],
    competitors: [],
    teamMembers: [],
    accounts: [],
    businessUnits: [],
    people: [],
    roleAssignments: [],
    influences: [],
    coverage: [],
    interactions: [],
    subscriptions: [],
    usageSnapshots: [],
    tickets: [],
    npsResponses: [],
    personUsage: [],
    opportunities: [],
    opportunityContactRoles: [],
    competitorPresence: [],
    objectives: [],
  };
}
