import type { CypherExecutor } from '../db/cypher-executor';
import type { CypherQuery } from '../db/query-registry';
import type { ObjectiveRecord, UsageSnapshotRecord } from '../domain/graph-records';
import type { Influence, RoleAssignment, Subscription, TeamMember } from '../domain/read-models';
import type {
  InfluenceKind,
  InteractionDirection,
  InteractionType,
  ObjectiveStatus,
  PersonStatus,
  StakeholderRole,
} from '../domain/vocabulary';

/**
 * Each write is one Cypher statement, so one write transaction: it looks every referenced node up
 * in the caller's tenant, writes only when all its preconditions hold, and answers with a row that
 * says whether it wrote and, if not, what was missing or in the way. Nothing is half-written.
 */
export interface WriteOutcome {
  written: boolean;
  /** Referenced ids that do not exist in the caller's tenant, with what they should have been. */
  notFound: { entity: string; id: string }[];
}

export interface InteractionWrite {
  id: string;
  accountId: string;
  type: InteractionType;
  direction: InteractionDirection;
  /** ISO instant. */
  occurredAt: string;
  durationMinutes: number | null;
  subject: string | null;
  teamMemberIds: string[];
  stakeholderIds: string[];
}

export interface RecordedInteraction {
  id: string;
  accountId: string;
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: string;
  durationMinutes: number | null;
  subject: string | null;
  teamMembers: Omit<TeamMember, 'managerId'>[];
  personIds: string[];
}

export interface InteractionOutcome extends WriteOutcome {
  /** People who work at another account than the interaction's. */
  elsewhere: { id: string; accountId: string }[];
  /** People who had left by the day of the interaction (departedAt is their first day gone). */
  departedBefore: { id: string; departedAt: string }[];
  interaction: RecordedInteraction | null;
}

export interface RoleWrite {
  stakeholderId: string;
  accountId: string;
  role: StakeholderRole;
}

export interface AssignRoleOutcome extends WriteOutcome {
  /** The account the person works at. */
  worksAt: string | null;
  status: PersonStatus | null;
  departedAt: string | null;
  /** Assignments of the same role that are open, or end after (or start on) the new start. */
  clashes: { since: string; until: string | null }[];
  assignment: RoleAssignment | null;
}

export interface EndRoleOutcome extends WriteOutcome {
  /** Start dates of the open assignments of that role (normally one). */
  openSince: string[];
  lastEnded: string | null;
  ended: RoleAssignment[];
}

export interface InfluenceOutcome extends WriteOutcome {
  /** The edge from -> to before this write, if there was one. */
  previous: Pick<Influence, 'weight' | 'kind' | 'source'> | null;
  influence: Influence | null;
}

export interface ObjectiveWrite {
  id: string;
  accountId: string;
  title: string;
  metric: string | null;
  targetValue: number | null;
  dueDate: string | null;
  ownerStakeholderId: string | null;
  status: ObjectiveStatus;
}

export interface ObjectiveOutcome extends WriteOutcome {
  ownerWorksAt: string | null;
  ownerStatus: PersonStatus | null;
  ownerDepartedAt: string | null;
  /** An objective of the account with the same title, if any. */
  sameTitleId: string | null;
  objective: ObjectiveRecord | null;
}

export interface UsageSnapshotWrite {
  id: string;
  subscriptionId: string;
  businessUnitId: string | null;
  date: string;
  licensedSeats: number;
  activeSeats: number;
  featuresAdopted: number | null;
  featuresAvailable: number | null;
}

export interface RecordedUsageSnapshot extends UsageSnapshotRecord {
  /** The subscription's account. */
  accountId: string;
}

export interface UsageSnapshotOutcome extends WriteOutcome {
  seatsUsedUpdated: boolean;
  /** The subscription's account and the unit it was bought for (null: the whole account). */
  accountId: string | null;
  ownUnitId: string | null;
  /** The account of the named business unit. */
  unitAccountId: string | null;
  /** A snapshot of the same scope on the same date, if any. */
  sameDayId: string | null;
  latestOwnScopeDate: string | null;
  snapshot: RecordedUsageSnapshot | null;
  /** The subscription as it is after the write (or as it was, when nothing was written). */
  subscription: Subscription | null;
}

export class MutationRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      recordInteraction: db.prepare('mutations/record-interaction'),
      assignRole: db.prepare('mutations/assign-stakeholder-role'),
      endRole: db.prepare('mutations/end-stakeholder-role'),
      addInfluence: db.prepare('mutations/add-influence'),
      recordObjective: db.prepare('mutations/record-objective'),
      recordUsageSnapshot: db.prepare('mutations/record-usage-snapshot'),
    };
  }

  recordInteraction(tenantId: string, write: InteractionWrite): Promise<InteractionOutcome> {
    return this.one<InteractionOutcome>(this.q.recordInteraction, tenantId, { ...write });
  }

  assignRole(
    tenantId: string,
    write: RoleWrite & { since: string; source: string | null },
  ): Promise<AssignRoleOutcome> {
    return this.one<AssignRoleOutcome>(this.q.assignRole, tenantId, { ...write });
  }

  endRole(tenantId: string, write: RoleWrite & { until: string }): Promise<EndRoleOutcome> {
    return this.one<EndRoleOutcome>(this.q.endRole, tenantId, { ...write });
  }

  addInfluence(
    tenantId: string,
    write: {
      fromStakeholderId: string;
      toStakeholderId: string;
      weight: number;
      kind: InfluenceKind;
      source: string | null;
    },
  ): Promise<InfluenceOutcome> {
    return this.one<InfluenceOutcome>(this.q.addInfluence, tenantId, { ...write });
  }

  recordObjective(tenantId: string, write: ObjectiveWrite): Promise<ObjectiveOutcome> {
    return this.one<ObjectiveOutcome>(this.q.recordObjective, tenantId, { ...write });
  }

  recordUsageSnapshot(tenantId: string, write: UsageSnapshotWrite): Promise<UsageSnapshotOutcome> {
    return this.one<UsageSnapshotOutcome>(this.q.recordUsageSnapshot, tenantId, { ...write });
  }

  /** Every mutation statement answers with exactly one row, written or not. */
  private async one<T>(query: CypherQuery, tenantId: string, params: Record<string, unknown>): Promise<T> {
    const [row] = await this.db.write<T>(query, tenantId, params);
    if (row === undefined) throw new Error(`${query.name} returned no row`);
    return row;
  }
}
