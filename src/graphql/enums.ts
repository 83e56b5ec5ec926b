import { registerEnumType } from 'type-graphql';
import {
  ACTIVITY_BASES,
  ENGAGEMENT_LEVELS,
  LEVEL_THREAD_STATES,
  TOUCHPOINT_CHANNELS,
  TOUCHPOINT_KINDS,
} from '../domain/vocabulary';
import {
  BUSINESS_CASE_METRICS,
  EXPANSION_OPPORTUNITY_STATUSES,
  OPPORTUNITY_EVIDENCE_KINDS,
  OPPORTUNITY_REASON_CODES,
  OPPORTUNITY_SIZING_METHODS,
  QUALIFICATION_CRITERIA,
  SEAT_PRICE_BASES,
} from '../domain/vocabulary';
import {
  EXPANSION_BLOCKERS,
  EXPANSION_TYPES,
  ACTION_SOURCES,
  SUCCESS_METRIC_KEYS,
  SUCCESS_METRIC_STATUSES,
  VALUE_METRIC_KEYS,
  HEALTH_BANDS,
  HEALTH_COMPONENTS,
  HEALTH_EVIDENCE_KINDS,
  HEALTH_RED_FLAG_CODES,
  HEALTH_STATES,
  PLAY_KINDS,
  PLAY_TRIGGERS,
} from '../domain/vocabulary';
import {
  CHURN_INDICATOR_KINDS,
  EXPANSION_SIGNAL_KINDS,
  NOT_ELIGIBLE_REASONS,
  PEER_BASES,
  TRAVERSAL_KINDS,
  UNIT_USAGE_STATES,
  WHITESPACE_CELL_STATUSES,
  WHITESPACE_ROW_KINDS,
  WHITESPACE_SIZING_METHODS,
} from '../domain/vocabulary';
import {
  ACCOUNT_SORT_FIELDS,
  BUILD_NEXT_REASONS,
  INTERACTION_DIRECTIONS,
  INTERACTION_TYPES,
  OBJECTIVE_STATUSES,
  PATH_LINK_KINDS,
  ROLE_COVERAGE_STATES,
  STRENGTH_COMPONENTS,
  THREADING_COMPONENTS,
  THREADING_RISK_LEVELS,
  BUSINESS_UNIT_KINDS,
  INFLUENCE_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_TYPES,
  PERSON_STATUSES,
  SEGMENTS,
  SENIORITY_LEVELS,
  STAKEHOLDER_ROLES,
  SUBSCRIPTION_STATUSES,
  TEAM_ROLES,
} from '../domain/vocabulary';

/** GraphQL enums are made from the domain's value lists, so the two cannot drift apart. */
function enumOf<T extends string>(values: readonly T[], name: string, description: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const SeniorityLevelEnum = enumOf(
  SENIORITY_LEVELS,
  'SeniorityLevel',
  'Level in the customer organisation.',
);
export const PersonStatusEnum = enumOf(
  PERSON_STATUSES,
  'PersonStatus',
  'Whether a person still works at the account.',
);
export const StakeholderRoleEnum = enumOf(
  STAKEHOLDER_ROLES,
  'StakeholderRole',
  'A role a customer-side person plays in our relationship with the account.',
);
export const InfluenceKindEnum = enumOf(
  INFLUENCE_KINDS,
  'InfluenceKind',
  'FORMAL follows the org chart or a mandate; INFORMAL is sway without one.',
);
export const TeamRoleEnum = enumOf(TEAM_ROLES, 'TeamRole', 'A role on our own account team.');
export const BusinessUnitKindEnum = enumOf(
  BUSINESS_UNIT_KINDS,
  'BusinessUnitKind',
  'A business unit or a department.',
);
export const SubscriptionStatusEnum = enumOf(
  SUBSCRIPTION_STATUSES,
  'SubscriptionStatus',
  'State of a subscription.',
);
export const SegmentEnum = enumOf(SEGMENTS, 'Segment', 'Customer segment by size.');
export const AccountSortFieldEnum = enumOf(
  ACCOUNT_SORT_FIELDS,
  'AccountSortField',
  'What accounts can be sorted by.',
);
export const SortDirectionEnum = enumOf(
  ['ASC', 'DESC'] as const,
  'SortDirection',
  'Ascending or descending.',
);
export const MapNodeSideEnum = enumOf(
  ['CUSTOMER', 'OUR_TEAM'] as const,
  'StakeholderMapSide',
  "Whether a node is the customer's person or a member of our team.",
);
export const MapEdgeKindEnum = enumOf(
  ['REPORTS_TO', 'INFLUENCES', 'RELATIONSHIP'] as const,
  'StakeholderMapEdgeKind',
  'REPORTS_TO: org chart. INFLUENCES: who sways whom. RELATIONSHIP: our team member in contact with the person.',
);
export const RetentionMovementEnum = enumOf(
  ['EXPANSION', 'CONTRACTION', 'CHURN', 'FLAT', 'NEW', 'NONE'] as const,
  'RetentionMovement',
  "How an account's ARR moved over a period. NEW: no ARR at the start (outside the ratios).",
);
export const InteractionTypeEnum = enumOf(INTERACTION_TYPES, 'InteractionType', 'Kind of touchpoint.');
export const InteractionDirectionEnum = enumOf(
  INTERACTION_DIRECTIONS,
  'InteractionDirection',
  'OUTBOUND: we reached out; INBOUND: they reached out; MUTUAL: both sides took part live.',
);
export const StrengthComponentEnum = enumOf(
  STRENGTH_COMPONENTS,
  'RelationshipStrengthComponentName',
  'What relationship strength is made of.',
);
export const ThreadingComponentEnum = enumOf(
  THREADING_COMPONENTS,
  'ThreadingRiskComponentName',
  'What single-threading risk is made of.',
);
export const ThreadingRiskLevelEnum = enumOf(
  THREADING_RISK_LEVELS,
  'ThreadingRiskLevel',
  'Band of a single-threading risk score (thresholds in the analytics configuration).',
);
export const RoleCoverageStateEnum = enumOf(
  ROLE_COVERAGE_STATES,
  'RoleCoverageState',
  'ENGAGED: held by someone we truly engage; NOT_ENGAGED: held, but by nobody we engage; MISSING: held by nobody.',
);
export const PathLinkKindEnum = enumOf(
  PATH_LINK_KINDS,
  'PathLinkKind',
  'RELATIONSHIP: our team member knows the person; INFLUENCES and REPORTS_TO: links between their people.',
);
export const BuildNextReasonEnum = enumOf(
  BUILD_NEXT_REASONS,
  'BuildNextReason',
  'Why someone is suggested after a departure: the successor, the manager, someone they swayed, an active user outside their team.',
);
export const ActivityBasisEnum = enumOf(
  ACTIVITY_BASES,
  'ActivityBasis',
  "What the most active users were ranked by: PRODUCT_USAGE (per-person usage readings: active days, feature events) or INTERACTIONS (tickets raised and interactions with our team, used only when nobody's usage is known).",
);
export const SubscriptionScopeEnum = enumOf(
  ['UNIT', 'ACCOUNT'] as const,
  'SubscriptionScope',
  "UNIT: bought for the departed person's business unit; ACCOUNT: account-wide.",
);
export const ObjectiveStatusEnum = enumOf(
  OBJECTIVE_STATUSES,
  'ObjectiveStatus',
  'Where a customer objective stands: PROPOSED, ACTIVE (being worked on), ACHIEVED or ABANDONED.',
);
export const WhitespaceCellStatusEnum = enumOf(
  WHITESPACE_CELL_STATUSES,
  'WhitespaceCellStatus',
  'OWNED: an active subscription covers it. IN_PIPELINE: an open opportunity for the product. NOT_ELIGIBLE: see notEligibleReason. COMPETITOR: a competing product is used there. OPEN: none of these.',
);
export const WhitespaceRowKindEnum = enumOf(
  WHITESPACE_ROW_KINDS,
  'WhitespaceRowKind',
  'A whitespace row: the whole account, one of its business units, or one of its subsidiaries.',
);
export const WhitespaceRowBasisEnum = enumOf(
  ['BUSINESS_UNITS', 'SUBSIDIARIES'] as const,
  'WhitespaceRowBasis',
  "Whether the matrix's rows below the account-wide one are its business units or its subsidiaries.",
);
export const NotEligibleReasonEnum = enumOf(
  NOT_ELIGIBLE_REASONS,
  'NotEligibleReason',
  "PREREQUISITE_MISSING: the product needs a product family the account does not own. UNIT_TOO_SMALL: the unit's headcount is below the configured minimum.",
);
export const PeerBasisEnum = enumOf(
  PEER_BASES,
  'PeerBasis',
  'Which definition of similar accounts was used, tightest first: industry + segment + size band, industry + segment, industry, segment, the whole portfolio.',
);
export const WhitespaceSizingMethodEnum = enumOf(
  WHITESPACE_SIZING_METHODS,
  'WhitespaceSizingMethod',
  'Seats not yet covered × what peers pay per seat, × list price, or (size unknown) the median peers pay for the product.',
);
export const SeatBasisEnum = enumOf(
  ['UNIT_HEADCOUNT', 'ACCOUNT_EMPLOYEES'] as const,
  'SeatBasis',
  "What the seats were derived from: the unit's headcount or the account's employees.",
);
export const PriceBasisEnum = enumOf(
  ['PEER_AVERAGE', 'LIST_PRICE'] as const,
  'PriceBasis',
  "PEER_AVERAGE: ARR ÷ seats over peers' subscriptions of the product. LIST_PRICE: the product's list price per seat.",
);
export const ExpansionSignalKindEnum = enumOf(
  EXPANSION_SIGNAL_KINDS,
  'ExpansionSignalKind',
  'An observation that an account may buy more: near seat capacity, adopting features fast, uneven use across units, hiring.',
);
export const UnitUsageStateEnum = enumOf(
  UNIT_USAGE_STATES,
  'UnitUsageState',
  "A unit's use of a product: HEAVY, NORMAL or IDLE by seat utilisation; UNLICENSED_ACTIVE: used on another unit's seats.",
);
export const ChurnIndicatorKindEnum = enumOf(
  CHURN_INDICATOR_KINDS,
  'ChurnIndicatorKind',
  'A leading sign of churn: usage falling, a champion or sponsor gone, tickets escalating, ticket sentiment or NPS falling.',
);
export const SentimentSourceEnum = enumOf(
  ['TICKETS', 'NPS'] as const,
  'SentimentSource',
  'Support-ticket sentiment (−1…1) or NPS scores (0…10).',
);
export const SentimentRuleEnum = enumOf(
  ['DROP', 'FLOOR'] as const,
  'SentimentRule',
  'DROP: compared with the previous window. FLOOR: no previous window to compare with, so compared with a fixed floor.',
);
export const TraversalKindEnum = enumOf(
  TRAVERSAL_KINDS,
  'TraversalKind',
  'What a traversal may follow: REPORTS_TO and INFLUENCES (either direction), WORKS_WITH_TEAM (a person and our team member who took part in the same interaction).',
);
export const HealthBandEnum = enumOf(
  HEALTH_BANDS,
  'HealthBand',
  'GREEN: healthy, expansion plays apply. YELLOW: stabilise. RED: at risk, rescue (never an expansion play).',
);
export const HealthStateEnum = enumOf(
  HEALTH_STATES,
  'HealthState',
  'SCORED: enough of the weight has data for a score and a band. INSUFFICIENT_DATA: less than health.coverage.minShare of the weight has data, so no score and no band are given (missing data is said, not scored).',
);
export const HealthComponentEnum = enumOf(
  HEALTH_COMPONENTS,
  'HealthComponent',
  'What account health is made of: product usage, support, stakeholder engagement, contract timeline, executive-sponsor activity.',
);
export const HealthRedFlagCodeEnum = enumOf(
  HEALTH_RED_FLAG_CODES,
  'HealthRedFlagCode',
  'What pulled health down, one flag per fact: a departure that caps the band is KEY_ROLE_DEPARTED (not also CHAMPION_DEPARTED or SPONSOR_DEPARTED). BAND_CAPPED is no longer raised (deprecated): a lowered band is explained by AccountHealth.bandCapNote and bandCaps.',
);
export const HealthEvidenceKindEnum = enumOf(
  HEALTH_EVIDENCE_KINDS,
  'HealthEvidenceKind',
  'The kind of graph record a health number cites.',
);
export const PlayKindEnum = enumOf(
  PLAY_KINDS,
  'PlayKind',
  'EXPANSION for green accounts successful with what they own, STABILISATION for yellow, RESCUE for red (and for a departed champion).',
);
export const PlayTriggerEnum = enumOf(
  PLAY_TRIGGERS,
  'PlayTrigger',
  "HEALTH_BAND: the account's band calls for it. CHAMPION_DEPARTED: a champion left lately. REQUESTED: asked for though the band calls for another.",
);
export const ExpansionBlockerEnum = enumOf(
  EXPANSION_BLOCKERS,
  'ExpansionBlocker',
  'Why an expansion play is refused: the band (never on RED), unknown health, low utilisation or no usage data, an open blocking ticket, a champion who just left, a frustrated customer (SENTIMENT_FRUSTRATED: open escalations or high-severity tickets, detractor NPS, talk of alternatives).',
);
export const PlayPhaseEnum = enumOf(
  ['WEEK_1', 'WEEKS_2_4', 'LATER'] as const,
  'PlayPhase',
  'When a step of a play falls: in its first week, weeks two to four, or later.',
);
export const ExpansionTypeEnum = enumOf(
  EXPANSION_TYPES,
  'ExpansionType',
  'SEAT_EXPANSION: more seats of a product they own. CROSS_SELL: a product they do not own yet. NEW_UNIT: a product they own, brought to another unit. TIER_UPGRADE: a higher tier for deeper adoption.',
);
export const ValueMetricKeyEnum = enumOf(
  VALUE_METRIC_KEYS,
  'ValueMetricKey',
  'A measure of the value delivered over a period (executive briefing).',
);
export const SuccessMetricKeyEnum = enumOf(
  SUCCESS_METRIC_KEYS,
  'SuccessMetricKey',
  "A measure the account plan's success is judged by.",
);
export const SuccessMetricStatusEnum = enumOf(
  SUCCESS_METRIC_STATUSES,
  'SuccessMetricStatus',
  'MET or NOT_MET against the target today; UNKNOWN when it cannot be measured.',
);
export const ActionSourceEnum = enumOf(
  ACTION_SOURCES,
  'ActionSource',
  'Where a mutual action plan item comes from: a play step, an opportunity, a renewal, a customer objective or a business review.',
);
export const ExpansionOpportunityStatusEnum = enumOf(
  EXPANSION_OPPORTUNITY_STATUSES,
  'ExpansionOpportunityStatus',
  'OBSERVATION: a signal lacking context, timing or an engaged person who cares. QUALIFIED: all three. READY_TO_PROPOSE: qualified, they want to buy (intent) and can (readiness, the health gate).',
);
export const QualificationCriterionEnum = enumOf(
  QUALIFICATION_CRITERIA,
  'QualificationCriterion',
  'What turns a signal into an opportunity: CONTEXT (why it happens), TIMING (why now), STAKEHOLDER_ALIGNMENT (an engaged person who cares).',
);
export const OpportunityReasonCodeEnum = enumOf(
  OPPORTUNITY_REASON_CODES,
  'OpportunityReasonCode',
  'One reason an expansion judgement rests on (context, timing, alignment, readiness or intent).',
);
export const BusinessCaseMetricEnum = enumOf(
  BUSINESS_CASE_METRICS,
  'BusinessCaseMetric',
  "The customer's metric a business case is told in.",
);
export const OpportunitySizingMethodEnum = enumOf(
  OPPORTUNITY_SIZING_METHODS,
  'OpportunitySizingMethod',
  "SEAT_OPTION: a seat option × the price per seat. WHITESPACE_CELL: the whitespace cell's size. UNLICENSED_SEATS: seats in use without a licence × the host subscription's price. ARR_UPLIFT: a configured share of the subscription's ARR.",
);
export const OpportunityEvidenceKindEnum = enumOf(
  OPPORTUNITY_EVIDENCE_KINDS,
  'OpportunityEvidenceKind',
  'The kind of graph record an expansion opportunity cites.',
);
export const SeatPriceBasisEnum = enumOf(
  SEAT_PRICE_BASES,
  'SeatPriceBasis',
  "Where a seat's price comes from: the subscription's ARR per seat, the list price, or what similar accounts pay.",
);
export const TouchpointKindEnum = enumOf(
  TOUCHPOINT_KINDS,
  'TouchpointKind',
  'What put a touchpoint on the engagement calendar: a role cadence, a relationship gap (shortened cadence), a business review, a renewal milestone, a play step, or a new thread at a level nobody is engaged at.',
);
export const TouchpointChannelEnum = enumOf(
  TOUCHPOINT_CHANNELS,
  'TouchpointChannel',
  'How a touchpoint happens; TASK is work on our side with no customer invited.',
);
export const EngagementLevelEnum = enumOf(
  ENGAGEMENT_LEVELS,
  'EngagementLevel',
  'The level a person is threaded at: from seniority (C-level and VP executive, director and manager management, individual contributors practitioner), else from depth in the org chart.',
);
export const LevelThreadStateEnum = enumOf(
  LEVEL_THREAD_STATES,
  'LevelThreadState',
  'ENGAGED: someone at the level is engaged. BUILDING: nobody is, but the calendar reaches people there. NEW_THREAD: a NEW_THREAD touchpoint starts one. UNCOVERED: nobody is known at the level.',
);

export const OpportunityTypeEnum = enumOf(
  OPPORTUNITY_TYPES,
  'OpportunityType',
  'What a CRM opportunity sells: new business, expansion or a renewal.',
);
export const OpportunityStatusEnum = enumOf(OPPORTUNITY_STATUSES, 'OpportunityStatus', 'Open, won or lost.');
