import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCHER_ROOT } from '../../src/config/paths';
import { createDriver } from '../../src/db/driver';
import { CypherExecutor } from '../../src/db/cypher-executor';
import { QueryRegistry } from '../../src/db/query-registry';
import { migrateSchema } from '../../src/db/schema-migrator';
import { CYPHER_ROOT } from '../../src/config/paths';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';

/**
 * One throwaway Neo4j for the whole run, on a free port and in a temporary folder, never the
 * developer's data. Test files isolate themselves by each using a tenant of their own.
 */
export default async function globalSetup(): Promise<void> {
  const homeDir = mkdtempSync(join(tmpdir(), 'stakeholder-test-neo4j-'));
  const started = Date.now();
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir,
    port: 0,
    heapMb: 1024,
    pageCacheMb: 256,
    transactionTimeoutSeconds: 60,
    log: (line) => process.stdout.write(`\n${line}\n`),
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  try {
    const db = new CypherExecutor(driver, QueryRegistry.load(CYPHER_ROOT), {
      database: 'neo4j',
      timeoutMs: 60_000,
    });
    await migrateSchema(db, CYPHER_ROOT);
  } finally {
    await driver.close();
  }
  process.stdout.write(
    `\nTest Neo4j ready at ${neo4j.boltUri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  process.env['TEST_NEO4J_URI'] = neo4j.boltUri;
  (globalThis as { __TEST_NEO4J__?: EmbeddedNeo4j }).__TEST_NEO4J__ = neo4j;
  (globalThis as { __TEST_NEO4J_HOME__?: string }).__TEST_NEO4J_HOME__ = homeDir;
}
