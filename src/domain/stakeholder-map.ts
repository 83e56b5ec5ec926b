import type { Account } from './read-models';
import type { InfluenceKind, PersonStatus, SeniorityLevel, StakeholderRole, TeamRole } from './vocabulary';

/**
 * An account's people and our team as a graph a front end can draw as it is: nodes with a
 * side and an org-chart level, edges with a kind and a weight in [0, 1].
 */
export type MapNodeSide = 'CUSTOMER' | 'OUR_TEAM';
export type MapEdgeKind = 'REPORTS_TO' | 'INFLUENCES' | 'RELATIONSHIP';

export interface StakeholderMapNode {
  id: string;
  side: MapNodeSide;
  name: string;
  title: string | null;
  seniority: SeniorityLevel | null;
  department: string | null;
  businessUnitId: string | null;
  status: PersonStatus;
  /** Depth in the customer's org chart, 0 at the top; null for our team. */
  level: number | null;
  roles: StakeholderRole[];
  teamRoles: TeamRole[];
}

export interface StakeholderMapEdge {
  id: string;
  kind: MapEdgeKind;
  source: string;
  target: string;
  /** INFLUENCES: the stored influence weight. RELATIONSHIP: contact volume relative to the busiest pair. REPORTS_TO: 1. */
  weight: number;
  influenceKind: InfluenceKind | null;
  interactionCount: number | null;
  twoWayCount: number | null;
  lastInteractionAt: string | null;
}

export interface StakeholderMap {
  account: Account;
  interactionsSince: string;
  nodes: StakeholderMapNode[];
  edges: StakeholderMapEdge[];
}
