import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/paths';
import type { QueryRegistry } from '../../src/db/query-registry';

/** bench/cypher: the LOAD CSV statements (numbered, run in order) and the graph counts. */
export const BENCH_CYPHER_ROOT = join(PROJECT_ROOT, 'bench', 'cypher');

export interface LoadCsvStep {
  name: string;
  elapsedMs: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export function loadCsvStatements(registry: QueryRegistry): { name: string; text: string }[] {
  return registry.all().filter((query) => /^\d{2}-/.test(query.name));
}

/**
 * Runs each LOAD CSV statement in order. `CALL { } IN TRANSACTIONS` needs an auto-commit
 * transaction, which the project's executor (managed transactions only) does not offer, so the
 * statements go to the driver directly, with the tenant as their only parameter.
 */
export async function runLoadCsv(
  driver: Driver,
  registry: QueryRegistry,
  tenantId: string,
  onStep: (step: LoadCsvStep) => void,
): Promise<LoadCsvStep[]> {
  const steps: LoadCsvStep[] = [];
  for (const statement of loadCsvStatements(registry)) {
    const session = driver.session({ database: 'neo4j' });
    const started = performance.now();
    try {
      const result = await session.run(statement.text, { tenantId });
      const updates = result.summary.counters.updates();
      const step = {
        name: statement.name,
        elapsedMs: performance.now() - started,
        nodesCreated: updates.nodesCreated,
        relationshipsCreated: updates.relationshipsCreated,
        propertiesSet: updates.propertiesSet,
      };
      steps.push(step);
      onStep(step);
    } finally {
      await session.close();
    }
  }
  return steps;
}
