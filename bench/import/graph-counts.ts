import type { CypherExecutor } from '../../src/db/cypher-executor';

export interface GraphCounts {
  /** Nodes per label in the tenant. */
  nodes: Map<string, number>;
  /** Relationships per type in the tenant. */
  relationships: Map<string, number>;
}

/** What a tenant's graph holds, label by label and type by type (bench/cypher/count-*). */
export async function graphCounts(db: CypherExecutor, tenantId: string): Promise<GraphCounts> {
  const countsOf = async (query: string) => {
    const rows = await db.read<{ name: string; count: number }>(db.prepare(query), tenantId);
    return new Map(rows.map((row) => [row.name, row.count]));
  };
  const [nodes, relationships] = await Promise.all([
    countsOf('count-nodes'),
    countsOf('count-relationships'),
  ]);
  return { nodes, relationships };
}

/** The tenant's counts as one string, every label and type sorted: equal graphs, equal strings. */
export async function graphShape(db: CypherExecutor, tenantId: string): Promise<string> {
  const { nodes, relationships } = await graphCounts(db, tenantId);
  return JSON.stringify([...nodes, ...relationships].sort(([x], [y]) => x.localeCompare(y)));
}
