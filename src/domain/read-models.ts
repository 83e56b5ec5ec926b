import type {
  AccountRecord,
  BusinessUnitRecord,
  InfluenceRecord,
  PersonRecord,
  ProductRecord,
  RoleAssignmentRecord,
  SubscriptionRecord,
  TeamMemberRecord,
} from './graph-records';
import type { TeamRole } from './vocabulary';

/** What reads return: the stored records plus the few values derived in Cypher. */

export interface Account extends AccountRecord {
  /** Sum of the ARR of its active subscriptions. */
  arr: number;
  /** Set when the account was archived (archiveAccount); absent on reads that do not select it. */
  archivedAt?: string | null;
}

export type BusinessUnit = BusinessUnitRecord;
export type Product = ProductRecord;
export type TeamMember = TeamMemberRecord;

export type Stakeholder = PersonRecord;

export type RoleAssignment = RoleAssignmentRecord;

export type Influence = InfluenceRecord;

export interface Subscription extends SubscriptionRecord {
  productName: string;
}

export interface AccountCoverage {
  accountId: string;
  teamMember: TeamMember;
  role: TeamRole;
  since: string | null;
}

/** A page of a list, cut by an opaque cursor. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  cursorOf(item: T): string;
}
