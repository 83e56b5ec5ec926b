import { fromGlobalId, type NodeTypeName } from '../../domain/global-id';
import type { Caller } from '../../domain/tenant';
import type { AccountRepository } from '../../repositories/account.repository';
import type { NodeRepository } from '../../repositories/node.repository';
import type { TeamMember } from '../../domain/read-models';
import type { StakeholderRepository } from '../../repositories/stakeholder.repository';

/** A record found by global id, tagged with the GraphQL type it is. */
export interface FoundNode {
  nodeType: NodeTypeName;
  record: { id: string };
}

/**
 * Resolves global ids to records: one by-id read per type asked for (so `nodes(ids:)` with a
 * hundred ids of three types is three queries), each scoped to the caller's tenant. An id that
 * is not a global id, or names nothing in the tenant, is null.
 */
export class NodeService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly stakeholders: StakeholderRepository,
    private readonly nodes: NodeRepository,
  ) {}

  async byGlobalIds(caller: Caller, globalIds: readonly string[]): Promise<(FoundNode | null)[]> {
    const decoded = globalIds.map((g) => fromGlobalId(g));
    const wanted = new Map<NodeTypeName, string[]>();
    for (const key of decoded) {
      if (key) wanted.set(key.type, [...(wanted.get(key.type) ?? []), key.id]);
    }
    const found = new Map<NodeTypeName, Map<string, { id: string }>>();
    await Promise.all(
      [...wanted].map(async ([type, ids]) => found.set(type, await this.read(caller.tenantId, type, ids))),
    );
    return decoded.map((key) => {
      const record = key ? found.get(key.type)?.get(key.id) : undefined;
      return key && record ? { nodeType: key.type, record } : null;
    });
  }

  /** Members of our team by id, in the caller's tenant (the reports' `teamMember` links). */
  teamMembers(caller: Caller, ids: readonly string[]): Promise<Map<string, TeamMember>> {
    return this.nodes.teamMembers(caller.tenantId, ids);
  }

  private read(tenantId: string, type: NodeTypeName, ids: string[]): Promise<Map<string, { id: string }>> {
    switch (type) {
      case 'Account':
        return this.accounts.byIds(tenantId, ids);
      case 'Stakeholder':
        return this.stakeholders.byIds(tenantId, ids);
      case 'Product':
        return this.accounts.productsByIds(tenantId, ids);
      case 'TeamMember':
        return this.nodes.teamMembers(tenantId, ids);
      case 'BusinessUnit':
        return this.nodes.businessUnits(tenantId, ids);
      case 'Subscription':
        return this.nodes.subscriptions(tenantId, ids);
      case 'Opportunity':
        return this.nodes.opportunities(tenantId, ids);
      case 'Interaction':
        return this.nodes.interactions(tenantId, ids);
      case 'Objective':
        return this.nodes.objectives(tenantId, ids);
      case 'UsageSnapshot':
        return this.nodes.usageSnapshots(tenantId, ids);
      case 'RecordedPlay':
        return this.nodes.plays(tenantId, ids);
    }
  }
}
