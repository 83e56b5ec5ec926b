import { randomUUID } from 'node:crypto';
import { CYPHER_ROOT } from '../../src/config/paths';
import { CypherExecutor } from '../../src/db/cypher-executor';
import { createDriver, type Driver } from '../../src/db/driver';
import { QueryRegistry } from '../../src/db/query-registry';
import { toNative } from '../../src/db/values';

export interface TestGraph {
  driver: Driver;
  db: CypherExecutor;
  registry: QueryRegistry;
  /** A tenant no other test file uses: the isolation between tests. */
  tenantId: string;
  close(): Promise<void>;
}

export function testTenant(label: string): string {
  return `t-${label}-${randomUUID().slice(0, 8)}`;
}

/** Connects to the run's throwaway Neo4j started by the global set-up. */
export function connectTestGraph(label: string): TestGraph {
  const uri = process.env['TEST_NEO4J_URI'];
  if (!uri)
    throw new Error(
      'TEST_NEO4J_URI is not set: run the tests through jest so the global set-up starts Neo4j',
    );
  const driver = createDriver({ uri });
  const registry = QueryRegistry.load(CYPHER_ROOT);
  const db = new CypherExecutor(driver, registry, { database: 'neo4j', timeoutMs: 30_000 });
  return { driver, db, registry, tenantId: testTenant(label), close: () => driver.close() };
}

/** The first column of every row a statement returns, as plain values (a test's look at the graph). */
export async function firstColumn<T>(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const session = driver.session();
  try {
    const result = await session.run(query, params);
    return result.records.map((record) => toNative(record.get(0)) as T);
  } finally {
    await session.close();
  }
}
