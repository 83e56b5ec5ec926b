/**
 * The closed vocabularies of the graph. GraphQL enums, seed validation and Cypher allowlists
 * are all derived from these lists, so a new value is added in exactly one place.
 */

export const SENIORITY_LEVELS = ['C_LEVEL', 'VP', 'DIRECTOR', 'MANAGER', 'INDIVIDUAL_CONTRIBUTOR'] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];

export const PERSON_STATUSES = ['ACTIVE', 'DEPARTED'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** The roles a customer's person plays for us, as account strategists name them. */
export const STAKEHOLDER_ROLES = [
  'CHAMPION',
  'ECONOMIC_BUYER',
  'DECISION_MAKER',
  'EXECUTIVE_SPONSOR',
  'INFLUENCER',
  'TECHNICAL_EVALUATOR',
  'END_USER',
  'DETRACTOR',
  'BLOCKER',
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export const INFLUENCE_KINDS = ['FORMAL', 'INFORMAL'] as const;
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number];

/** Our own account team's roles on an account. */
export const TEAM_ROLES = ['ACCOUNT_OWNER', 'CSM', 'SOLUTIONS_ENGINEER', 'EXECUTIVE_SPONSOR'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const INTERACTION_TYPES = ['MEETING', 'CALL', 'EMAIL', 'QBR', 'EVENT'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** OUTBOUND: we reached out; INBOUND: they reached out; MUTUAL: both sides took part live. */
export const INTERACTION_DIRECTIONS = ['OUTBOUND', 'INBOUND', 'MUTUAL'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const BUSINESS_UNIT_KINDS = ['BUSINESS_UNIT', 'DEPARTMENT'] as const;
export type BusinessUnitKind = (typeof BUSINESS_UNIT_KINDS)[number];

export const SUBSCRIPTION_STATUSES = ['ACTIVE', 'CANCELLED', 'EXPIRED'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const TICKET_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type TicketSeverity = (typeof TICKET_SEVERITIES)[number];

export const TICKET_STATUSES = ['OPEN', 'PENDING', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const OPPORTUNITY_TYPES = ['NEW_BUSINESS', 'EXPANSION', 'RENEWAL'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

export const OPPORTUNITY_STATUSES = ['OPEN', 'WON', 'LOST'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const OBJECTIVE_STATUSES = ['PROPOSED', 'ACTIVE', 'ACHIEVED', 'ABANDONED'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const SEGMENTS = ['ENTERPRISE', 'MID_MARKET', 'SMB'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** What a list of accounts can be ordered by. */
export const ACCOUNT_SORT_FIELDS = [
  'NAME',
  'ARR',
  'EMPLOYEE_COUNT',
  'ANNUAL_REVENUE',
  'CUSTOMER_SINCE',
] as const;
export type AccountSortField = (typeof ACCOUNT_SORT_FIELDS)[number];
