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

/** How exposed an account is to losing its threads: single-threading risk bands. */
export const THREADING_RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type ThreadingRiskLevel = (typeof THREADING_RISK_LEVELS)[number];

/** A key role at an account: held by someone we truly engage, held by nobody we engage, or held by nobody. */
export const ROLE_COVERAGE_STATES = ['ENGAGED', 'NOT_ENGAGED', 'MISSING'] as const;
export type RoleCoverageState = (typeof ROLE_COVERAGE_STATES)[number];

/** The kinds of link a path to power goes through. */
export const PATH_LINK_KINDS = ['RELATIONSHIP', 'INFLUENCES', 'REPORTS_TO'] as const;
export type PathLinkKind = (typeof PATH_LINK_KINDS)[number];

/** Why a person is suggested to build next after a departure. */
export const BUILD_NEXT_REASONS = ['SUCCESSOR', 'MANAGER', 'INFLUENCED', 'ACTIVE_USER'] as const;
export type BuildNextReason = (typeof BUILD_NEXT_REASONS)[number];
/** What "most active users" were ranked by: per-person product usage, else our interactions and their tickets. */
export const ACTIVITY_BASES = ['PRODUCT_USAGE', 'INTERACTIONS'] as const;
export type ActivityBasis = (typeof ACTIVITY_BASES)[number];

/** A whitespace cell, in order of precedence: bought, being sold, not worth selling yet, held by a competitor, open. */
export const WHITESPACE_CELL_STATUSES = [
  'OWNED',
  'IN_PIPELINE',
  'NOT_ELIGIBLE',
  'COMPETITOR',
  'OPEN',
] as const;
export type WhitespaceCellStatus = (typeof WHITESPACE_CELL_STATUSES)[number];

/** The rows of a whitespace matrix: the account as a whole, its business units, or its subsidiaries. */
export const WHITESPACE_ROW_KINDS = ['ACCOUNT_WIDE', 'BUSINESS_UNIT', 'SUBSIDIARY'] as const;
export type WhitespaceRowKind = (typeof WHITESPACE_ROW_KINDS)[number];

/** Why a whitespace cell is NOT_ELIGIBLE. */
export const NOT_ELIGIBLE_REASONS = ['PREREQUISITE_MISSING', 'UNIT_TOO_SMALL'] as const;
export type NotEligibleReason = (typeof NOT_ELIGIBLE_REASONS)[number];

/** Which definition of "similar accounts" a peer group used, tightest first. */
export const PEER_BASES = [
  'INDUSTRY_SEGMENT_SIZE',
  'INDUSTRY_SEGMENT',
  'INDUSTRY',
  'SEGMENT',
  'PORTFOLIO',
] as const;
export type PeerBasis = (typeof PEER_BASES)[number];

/** How an open whitespace cell was sized in money. */
export const WHITESPACE_SIZING_METHODS = [
  'SEATS_TIMES_PEER_PRICE',
  'SEATS_TIMES_LIST_PRICE',
  'PEER_MEDIAN_SPEND',
] as const;
export type WhitespaceSizingMethod = (typeof WHITESPACE_SIZING_METHODS)[number];

export const EXPANSION_SIGNAL_KINDS = [
  'SEAT_CAPACITY',
  'FEATURE_ADOPTION_VELOCITY',
  'USAGE_ASYMMETRY',
  'HIRING_GROWTH',
] as const;
export type ExpansionSignalKind = (typeof EXPANSION_SIGNAL_KINDS)[number];

/** A unit's use of a product: most seats used, some, hardly any, or active without a licence of its own. */
export const UNIT_USAGE_STATES = ['HEAVY', 'NORMAL', 'IDLE', 'UNLICENSED_ACTIVE'] as const;
export type UnitUsageState = (typeof UNIT_USAGE_STATES)[number];

export const CHURN_INDICATOR_KINDS = [
  'USAGE_DECLINE',
  'KEY_STAKEHOLDER_DEPARTED',
  'ESCALATING_TICKETS',
  'FALLING_TICKET_SENTIMENT',
  'FALLING_NPS',
] as const;
export type ChurnIndicatorKind = (typeof CHURN_INDICATOR_KINDS)[number];

/**
 * What an analyst's traversal may follow. REPORTS_TO and INFLUENCES are the stored relationships
 * (either direction); WORKS_WITH_TEAM links a person and a member of our team who took part in
 * the same interaction.
 */
export const TRAVERSAL_KINDS = ['REPORTS_TO', 'INFLUENCES', 'WORKS_WITH_TEAM'] as const;
export type TraversalKind = (typeof TRAVERSAL_KINDS)[number];

/** What a relationship's strength is made of (see src/scoring/relationship-strength.ts). */
export const STRENGTH_COMPONENTS = ['RECENCY', 'FREQUENCY', 'TWO_WAY', 'DEPTH'] as const;
export type StrengthComponentName = (typeof STRENGTH_COMPONENTS)[number];

/** What single-threading risk is made of (see src/scoring/threading-risk.ts). */
export const THREADING_COMPONENTS = [
  'BREADTH',
  'CONCENTRATION',
  'ROLE_COVERAGE',
  'STRUCTURE',
  'CRITICAL_PEOPLE',
] as const;
export type ThreadingComponentName = (typeof THREADING_COMPONENTS)[number];

/** What account health is made of (see src/scoring/health-score.ts). */
export const HEALTH_COMPONENTS = ['USAGE', 'SUPPORT', 'ENGAGEMENT', 'CONTRACT', 'SPONSOR'] as const;
export type HealthComponentName = (typeof HEALTH_COMPONENTS)[number];

export const HEALTH_BANDS = ['GREEN', 'YELLOW', 'RED'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

/** Whether health could be scored: INSUFFICIENT_DATA when too little of the weight has data (health.coverage). */
export const HEALTH_STATES = ['SCORED', 'INSUFFICIENT_DATA'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

/** What pulled an account's health down. */
export const HEALTH_RED_FLAG_CODES = [
  'USAGE_DECLINE',
  'LOW_UTILISATION',
  'ESCALATED_TICKETS',
  'NEGATIVE_TICKET_SENTIMENT',
  'OPEN_URGENT_TICKET',
  'LOW_NPS',
  'SINGLE_THREADED',
  'NO_RECENT_TWO_WAY_CONTACT',
  'CHAMPION_DEPARTED',
  'RENEWAL_APPROACHING',
  'RECENT_CANCELLATION',
  'SPONSOR_DEPARTED',
  'SPONSOR_NOT_ENGAGED',
  'NO_SPONSOR',
  'OPEN_HIGH_SEVERITY_TICKET',
  'OPEN_ESCALATION',
  'DETRACTOR_NPS',
  'EVALUATING_ALTERNATIVES',
  'KEY_ROLE_DEPARTED',
  'BAND_CAPPED',
] as const;
export type HealthRedFlagCode = (typeof HEALTH_RED_FLAG_CODES)[number];

/** The graph records a health number cites. */
export const HEALTH_EVIDENCE_KINDS = [
  'SUBSCRIPTION',
  'USAGE_SNAPSHOT',
  'SUPPORT_TICKET',
  'NPS_RESPONSE',
  'PERSON',
  'INTERACTION',
  'OBJECTIVE',
] as const;
export type HealthEvidenceKind = (typeof HEALTH_EVIDENCE_KINDS)[number];

/** The executive-sponsor seat: held by someone who talks with us, held by someone who does not, or empty. */
export const SPONSOR_STATES = ['ENGAGED', 'NOT_ENGAGED', 'VACANT'] as const;
export type SponsorState = (typeof SPONSOR_STATES)[number];

/** Plays gated by health: green accounts get expansion, yellow stabilisation, red rescue. */
export const PLAY_KINDS = ['EXPANSION', 'STABILISATION', 'RESCUE'] as const;
export type PlayKind = (typeof PLAY_KINDS)[number];

/** Why a play applies: the health band, a champion who left, or someone asked for it. */
export const PLAY_TRIGGERS = ['HEALTH_BAND', 'CHAMPION_DEPARTED', 'REQUESTED'] as const;
export type PlayTrigger = (typeof PLAY_TRIGGERS)[number];

/** What stops an expansion play (see src/scoring/play-gate.ts). */
export const EXPANSION_BLOCKERS = [
  'HEALTH_BAND',
  'HEALTH_UNKNOWN',
  'LOW_UTILISATION',
  'NO_USAGE_DATA',
  'OPEN_BLOCKING_TICKET',
  'CHAMPION_DEPARTED',
  'SENTIMENT_FRUSTRATED',
] as const;
export type ExpansionBlocker = (typeof EXPANSION_BLOCKERS)[number];

/**
 * The kinds of expansion an account strategist runs, each with its own RACI
 * (src/config/analytics/plan.ts): more seats of what they own, a product they do not own yet,
 * what they own brought to another unit, a higher tier for deeper adoption.
 */
export const EXPANSION_TYPES = ['SEAT_EXPANSION', 'CROSS_SELL', 'NEW_UNIT', 'TIER_UPGRADE'] as const;
export type ExpansionType = (typeof EXPANSION_TYPES)[number];

/** What the executive briefing measures the value delivered by (src/planning/value-delivered.ts). */
export const VALUE_METRIC_KEYS = [
  'OBJECTIVES_ACHIEVED',
  'ACTIVE_SEATS',
  'SEAT_UTILISATION',
  'FEATURE_ADOPTION',
  'TICKETS_RESOLVED',
  'ESCALATIONS',
  'NPS',
  'ARR',
  'ENGAGEMENT',
] as const;
export type ValueMetricKey = (typeof VALUE_METRIC_KEYS)[number];

/** What the strategic account plan's success is measured against (src/planning/success-metrics.ts). */
export const SUCCESS_METRIC_KEYS = [
  'NET_REVENUE_RETENTION',
  'GROSS_REVENUE_RETENTION',
  'HEALTH_SCORE',
  'ENGAGED_PEOPLE',
  'TOP_CONTACT_SHARE',
  'CRITICAL_PEOPLE',
  'SEAT_UTILISATION',
] as const;
export type SuccessMetricKey = (typeof SUCCESS_METRIC_KEYS)[number];

export const SUCCESS_METRIC_STATUSES = ['MET', 'NOT_MET', 'UNKNOWN'] as const;
export type SuccessMetricStatus = (typeof SUCCESS_METRIC_STATUSES)[number];

/** Where an item of the mutual action plan comes from. */
export const ACTION_SOURCES = ['PLAY_STEP', 'OPPORTUNITY', 'RENEWAL', 'OBJECTIVE', 'QBR'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

/**
 * How far an expansion finding got (src/scoring/opportunity.ts): an OBSERVATION lacks context,
 * timing or someone who cares; QUALIFIED has all three; READY_TO_PROPOSE also has intent (they
 * want to buy) and readiness (health and sentiment let us ask).
 */
export const EXPANSION_OPPORTUNITY_STATUSES = ['OBSERVATION', 'QUALIFIED', 'READY_TO_PROPOSE'] as const;
export type ExpansionOpportunityStatus = (typeof EXPANSION_OPPORTUNITY_STATUSES)[number];

/** What turns a signal into an opportunity: why it happens, why now, and who cares. */
export const QUALIFICATION_CRITERIA = ['CONTEXT', 'TIMING', 'STAKEHOLDER_ALIGNMENT'] as const;
export type QualificationCriterion = (typeof QUALIFICATION_CRITERIA)[number];

/** Each reason an expansion judgement (context, timing, alignment, readiness, intent) rests on. */
export const OPPORTUNITY_REASON_CODES = [
  'SUSTAINED_GROWTH',
  'ADOPTION_VELOCITY',
  'HIRING_GROWTH',
  'CUSTOMER_OBJECTIVE',
  'COMPETITOR_PRESENT',
  'PROVEN_IN_ANOTHER_UNIT',
  'CEILING_APPROACHING',
  'CEILING_REACHED',
  'RENEWAL_APPROACHING',
  'OBJECTIVE_DUE',
  'RECENT_REQUEST',
  'ENGAGED_STAKEHOLDER',
  'HEALTH_GATE',
  'SENTIMENT',
  'CAPACITY_NEED',
  'IDLE_SEATS_ELSEWHERE',
  'PRODUCT_SUCCESS',
  'OPEN_EXPANSION_OPPORTUNITY',
  'INBOUND_REQUEST',
] as const;
export type OpportunityReasonCode = (typeof OPPORTUNITY_REASON_CODES)[number];

/** The customer's metric a business case is told in. */
export const BUSINESS_CASE_METRICS = [
  'CAPACITY_HEADROOM',
  'TIME_SAVED',
  'COST_AVOIDED',
  'RISK_REDUCED',
] as const;
export type BusinessCaseMetric = (typeof BUSINESS_CASE_METRICS)[number];

/** How an expansion opportunity was sized in money. */
export const OPPORTUNITY_SIZING_METHODS = [
  'SEAT_OPTION',
  'WHITESPACE_CELL',
  'UNLICENSED_SEATS',
  'ARR_UPLIFT',
] as const;
export type OpportunitySizingMethod = (typeof OPPORTUNITY_SIZING_METHODS)[number];

/** The graph records an expansion opportunity cites. */
export const OPPORTUNITY_EVIDENCE_KINDS = [...HEALTH_EVIDENCE_KINDS, 'OPPORTUNITY', 'COMPETITOR'] as const;
export type OpportunityEvidenceKind = (typeof OPPORTUNITY_EVIDENCE_KINDS)[number];

/** What put a touchpoint on the engagement calendar (src/planning/engagement-calendar.ts). */
export const TOUCHPOINT_KINDS = [
  'CADENCE_CHECK_IN',
  'RELATIONSHIP_GAP',
  'QBR',
  'RENEWAL_MILESTONE',
  'PLAY_STEP',
  'NEW_THREAD',
] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

/** How a touchpoint happens; TASK is work on our side with no customer invited. */
export const TOUCHPOINT_CHANNELS = ['MEETING', 'CALL', 'EMAIL', 'QBR', 'TASK'] as const;
export type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

/** The levels an account is threaded at, from seniority (else depth in the org chart). */
export const ENGAGEMENT_LEVELS = ['EXECUTIVE', 'MANAGEMENT', 'PRACTITIONER'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

/**
 * A level's thread on the calendar: someone there is engaged; nobody is but the calendar reaches
 * people there; a NEW_THREAD touchpoint starts one; or nobody is known there to thread with.
 */
export const LEVEL_THREAD_STATES = ['ENGAGED', 'BUILDING', 'NEW_THREAD', 'UNCOVERED'] as const;
export type LevelThreadState = (typeof LEVEL_THREAD_STATES)[number];

/** Where a seat's price comes from: the subscription's own ARR per seat, the list price, what peers pay. */
export const SEAT_PRICE_BASES = ['SUBSCRIPTION_PRICE', 'LIST_PRICE', 'PEER_AVERAGE'] as const;
export type SeatPriceBasis = (typeof SEAT_PRICE_BASES)[number];
