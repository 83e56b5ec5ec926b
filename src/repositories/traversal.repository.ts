import type { CypherExecutor } from '../db/cypher-executor';
import type { InfluenceKind, TraversalKind } from '../domain/vocabulary';

export interface NeighbourRow {
  fromId: string;
  toId: string;
  side: 'CUSTOMER' | 'OUR_TEAM';
  name: string;
  title: string | null;
  accountId: string | null;
  kind: TraversalKind;
  /** Whether the relationship starts at `fromId` (for WORKS_WITH_TEAM: whether from is our team). */
  fromIsSource: boolean;
  weight: number | null;
  interactionCount: number | null;
  lastInteractionAt: string | null;
}

export interface InfluenceChainRow {
  people: { id: string; name: string; title: string | null }[];
  links: { weight: number; kind: InfluenceKind }[];
}

/**
 * Analysts' traversals. Built on an executor whose time limit is the traversal one (see
 * TraversalConfig.timeoutSeconds), so a runaway traversal ends as a TIMEOUT.
 */
export class TraversalRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      neighbours: db.prepare('traversal/neighbours'),
      influencePaths: db.prepare('traversal/influence-paths'),
      influenceReach: db.prepare('traversal/influence-reach'),
    };
  }

  /** One breadth-first step from a frontier, at most `limit` rows. */
  neighbours(
    tenantId: string,
    frontier: { personIds: readonly string[]; teamMemberIds: readonly string[] },
    kinds: readonly TraversalKind[],
    limit: number,
  ): Promise<NeighbourRow[]> {
    return this.db.read<NeighbourRow>(this.q.neighbours, tenantId, { ...frontier, kinds, limit });
  }

  influencePaths(
    tenantId: string,
    fromId: string,
    toId: string,
    maxLength: number,
  ): Promise<InfluenceChainRow[]> {
    return this.db.read<InfluenceChainRow>(this.q.influencePaths, tenantId, { fromId, toId, maxLength });
  }

  influenceReach(tenantId: string, personId: string, depth: number): Promise<InfluenceChainRow[]> {
    return this.db.read<InfluenceChainRow>(this.q.influenceReach, tenantId, { personId, depth });
  }
}
