import type { CypherExecutor } from '../db/cypher-executor';
import type { BusinessUnit, Subscription, TeamMember } from '../domain/read-models';
import type { ObjectiveRecord } from '../domain/graph-records';
import type { StakeholderRole } from '../domain/vocabulary';
import type { RecordedInteraction, RecordedUsageSnapshot } from './mutation.repository';
import type { StoredPlay } from './play.repository';
import type { OpportunityStatus, OpportunityType } from '../domain/vocabulary';

/** A CRM opportunity as read back, with its contact roles. */
export interface OpportunityRead {
  id: string;
  name: string;
  type: OpportunityType;
  stage: string;
  status: OpportunityStatus;
  amount: number | null;
  closeDate: string | null;
  accountId: string;
  productId: string | null;
  owner: Pick<TeamMember, 'id' | 'name' | 'email' | 'title'> | null;
  contactRoles: { personId: string; role: StakeholderRole; isPrimary: boolean }[];
}

/**
 * Records by id for the types that had no by-id read before node(id:) (accounts, people and
 * products already have theirs), in the shapes the create/record mutations answer.
 */
export class NodeRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      businessUnits: db.prepare('node/business-units-by-ids'),
      subscriptions: db.prepare('node/subscriptions-by-ids'),
      teamMembers: db.prepare('node/team-members-by-ids'),
      opportunities: db.prepare('node/opportunities-by-ids'),
      interactions: db.prepare('node/interactions-by-ids'),
      objectives: db.prepare('node/objectives-by-ids'),
      usageSnapshots: db.prepare('node/usage-snapshots-by-ids'),
      plays: db.prepare('node/plays-by-ids'),
    };
  }

  businessUnits(tenantId: string, ids: readonly string[]): Promise<Map<string, BusinessUnit>> {
    return this.byIds<BusinessUnit>(this.q.businessUnits, tenantId, ids);
  }

  subscriptions(tenantId: string, ids: readonly string[]): Promise<Map<string, Subscription>> {
    return this.byIds<Subscription>(this.q.subscriptions, tenantId, ids);
  }

  teamMembers(tenantId: string, ids: readonly string[]): Promise<Map<string, TeamMember>> {
    return this.byIds<TeamMember>(this.q.teamMembers, tenantId, ids);
  }

  opportunities(tenantId: string, ids: readonly string[]): Promise<Map<string, OpportunityRead>> {
    return this.byIds<OpportunityRead>(this.q.opportunities, tenantId, ids);
  }

  interactions(tenantId: string, ids: readonly string[]): Promise<Map<string, RecordedInteraction>> {
    return this.byIds<RecordedInteraction>(this.q.interactions, tenantId, ids);
  }

  objectives(tenantId: string, ids: readonly string[]): Promise<Map<string, ObjectiveRecord>> {
    return this.byIds<ObjectiveRecord>(this.q.objectives, tenantId, ids);
  }

  usageSnapshots(tenantId: string, ids: readonly string[]): Promise<Map<string, RecordedUsageSnapshot>> {
    return this.byIds<RecordedUsageSnapshot>(this.q.usageSnapshots, tenantId, ids);
  }

  plays(tenantId: string, ids: readonly string[]): Promise<Map<string, StoredPlay>> {
    return this.byIds<StoredPlay>(this.q.plays, tenantId, ids);
  }

  private async byIds<T extends { id: string }>(
    query: ReturnType<CypherExecutor['prepare']>,
    tenantId: string,
    ids: readonly string[],
  ): Promise<Map<string, T>> {
    const rows = await this.db.read<{ record: T }>(query, tenantId, { ids });
    return new Map(rows.map((r) => [r.record.id, r.record]));
  }
}
