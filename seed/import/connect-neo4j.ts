import type { AppConfig } from '../../src/config/config';
import { CYPHER_ROOT, LAUNCHER_ROOT } from '../../src/config/paths';
import { CypherExecutor } from '../../src/db/cypher-executor';
import { createDriver, type Driver } from '../../src/db/driver';
import { QueryRegistry } from '../../src/db/query-registry';
import { StartupError } from '../../src/domain/errors';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';

export interface ImportConnection {
  db: CypherExecutor;
  /** Where the import goes, in words for the console. */
  where: string;
  close(): Promise<void>;
}

async function reachable(driver: Driver, database: string): Promise<boolean> {
  try {
    await driver.verifyConnectivity({ database });
    return true;
  } catch {
    return false;
  }
}

function executor(driver: Driver, config: AppConfig): CypherExecutor {
  return new CypherExecutor(driver, QueryRegistry.load(CYPHER_ROOT), {
    database: config.neo4jDatabase,
    timeoutMs: config.queryTimeoutSeconds * 1000,
  });
}

/**
 * The database an import writes to, in the order an operator expects: the Neo4j named by
 * NEO4J_URI; else the embedded one of a running `npm start` (the same store the server shows);
 * else that store, started for the duration of the import and stopped after it.
 */
export async function connectForImport(
  config: AppConfig,
  log: (line: string) => void,
): Promise<ImportConnection> {
  if (config.neo4jUri !== undefined) {
    const driver = createDriver({
      uri: config.neo4jUri,
      username: config.neo4jUsername,
      password: config.neo4jPassword,
    });
    if (!(await reachable(driver, config.neo4jDatabase))) {
      await driver.close();
      throw new StartupError(`Cannot reach Neo4j at ${config.neo4jUri} (NEO4J_URI)`);
    }
    return { db: executor(driver, config), where: config.neo4jUri, close: () => driver.close() };
  }

  const runningUri = `bolt://127.0.0.1:${config.embeddedPort}`;
  const running = createDriver({ uri: runningUri });
  if (await reachable(running, config.neo4jDatabase)) {
    return {
      db: executor(running, config),
      where: `${runningUri} (the running server's embedded database)`,
      close: () => running.close(),
    };
  }
  await running.close();

  log(
    `No database answers on ${runningUri}: starting the embedded Neo4j (${config.embeddedDataDir}) for this import`,
  );
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: config.embeddedDataDir,
    port: config.embeddedPort,
    heapMb: config.embeddedHeapMb,
    pageCacheMb: config.embeddedPageCacheMb,
    transactionTimeoutSeconds: config.queryTimeoutSeconds,
    log,
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  if (!(await reachable(driver, config.neo4jDatabase))) {
    await driver.close();
    await neo4j.stop();
    throw new StartupError(`The embedded Neo4j started but does not answer on ${neo4j.boltUri}`);
  }
  return {
    db: executor(driver, config),
    where: `${neo4j.boltUri} (embedded, ${config.embeddedDataDir}, started for this import)`,
    close: async () => {
      await driver.close();
      await neo4j.stop();
    },
  };
}
