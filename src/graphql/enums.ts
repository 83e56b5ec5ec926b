import { registerEnumType } from 'type-graphql';
import {
  ACCOUNT_SORT_FIELDS,
  BUSINESS_UNIT_KINDS,
  INFLUENCE_KINDS,
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
