import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CYPHER_ROOT, LAUNCHER_ROOT } from '../../src/config/paths';
import { CypherExecutor, type ExecutorOptions, type Params } from '../../src/db/cypher-executor';
import { createDriver } from '../../src/db/driver';
import { QueryRegistry, type CypherQuery } from '../../src/db/query-registry';
import { migrateSchema } from '../../src/db/schema-migrator';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import { runImport } from '../../seed/import/run-import';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count } from '../support/figures';
import { exportFileRuns } from './export-runs';
import { batchRowCount } from './batch-rows';

const USAGE = `Usage: npm run bench:import:profile -- --files <folder> [--batch-size N]

Imports a folder written by generate:portfolio (salesforce/, then extras/) into a throwaway
embedded Neo4j and, before the 1st, 2nd, 4th, 8th … batch of every write statement, runs that
batch under PROFILE in a transaction that is rolled back. Prints the db hits per row of each
profiled batch and the operators with the most of them, so a statement whose cost per row grows
with what is already in the graph shows as a rising column. Asserts nothing.`;

interface Operator {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Operator[];
}

interface Profiled {
  query: string;
  batch: number;
  rowsBefore: number;
  rows: number;
  dbHits: number;
  /** Eager operators in the plan: each one materialises every row before the next step. */
  eagers: number;
  ms: number;
  top: string[];
}

function flatten(op: Operator, out: Operator[] = []): Operator[] {
  out.push(op);
  for (const child of op.children) flatten(child, out);
  return out;
}

function describe(op: Operator): string {
  const details = typeof op.arguments['Details'] === 'string' ? op.arguments['Details'] : '';
  return `${op.operatorType} ${count(op.dbHits)} (${details.slice(0, 110)})`;
}

/**
 * The project's executor, profiling some batches of every batched write (`{ rows }` or `{ columns }`) before
 * running them for real: the importer does not know it is observed.
 */
class ProfilingExecutor extends CypherExecutor {
  readonly profiles: Profiled[] = [];
  private readonly seen = new Map<string, { batches: number; rows: number }>();

  constructor(
    private readonly bolt: Driver,
    registry: QueryRegistry,
    options: ExecutorOptions,
  ) {
    super(bolt, registry, options);
  }

  override async write<T>(query: CypherQuery, tenantId: string, params: Params = {}): Promise<T[]> {
    const rows = batchRowCount(params);
    if (rows !== null) {
      const seen = this.seen.get(query.name) ?? { batches: 0, rows: 0 };
      this.seen.set(query.name, { batches: seen.batches + 1, rows: seen.rows + rows });
      const n = seen.batches + 1;
      if ((n & (n - 1)) === 0) await this.profile(query, tenantId, params, n, seen.rows, rows);
    }
    return super.write<T>(query, tenantId, params);
  }

  private async profile(
    query: CypherQuery,
    tenantId: string,
    params: Params,
    batch: number,
    rowsBefore: number,
    rows: number,
  ): Promise<void> {
    const session = this.bolt.session({ database: 'neo4j' });
    const tx = session.beginTransaction();
    try {
      const started = performance.now();
      const result = await tx.run(`PROFILE ${query.text}`, { ...params, tenantId });
      const ms = performance.now() - started;
      const plan = result.summary.profile as unknown as Operator | false;
      if (!plan) return;
      const ops = flatten(plan).sort((a, b) => b.dbHits - a.dbHits);
      const dbHits = ops.reduce((sum, op) => sum + op.dbHits, 0);
      this.profiles.push({
        query: query.name,
        batch,
        rowsBefore,
        rows,
        dbHits,
        eagers: ops.filter((op) => op.operatorType.startsWith('Eager')).length,
        ms,
        top: ops.slice(0, 3).map(describe),
      });
    } catch (error) {
      say(`   PROFILE of ${query.name} batch ${batch} failed: ${String(error)}`);
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }
}

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    {
      files: { type: 'string' },
      'batch-size': { type: 'string', default: '2000' },
      keep: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.files === undefined) throw new Error('--files is required');
  const files = resolve(values.files);
  const batchSize = wholeOption('batch-size', values['batch-size']);
  const work = mkdtempSync(join(tmpdir(), 'profile-writes-'));
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: join(work, 'neo4j'),
    port: 0,
    heapMb: 1024,
    pageCacheMb: 512,
    transactionTimeoutSeconds: 600,
    log: (line) => say(`   ${line}`),
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  try {
    const db = new ProfilingExecutor(driver, QueryRegistry.load(CYPHER_ROOT), {
      database: 'neo4j',
      timeoutMs: 600_000,
    });
    await migrateSchema(db, CYPHER_ROOT);
    for (const run of exportFileRuns(files)) {
      const report = await runImport(db, {
        ...run,
        tenantId: 'profile',
        batchSize,
        rejectsFile: join(work, `rejects-${run.format}.csv`),
        progress: 'none',
      });
      say(
        `== ${run.format}: ${count(report.rowsRead)} rows read in ${(report.elapsedMs / 1000).toFixed(1)} s`,
      );
    }
    say('== PROFILE of batches 1, 2, 4, 8 … of each write statement (rolled back)');
    for (const p of db.profiles) {
      say(
        `${p.query.padEnd(42)} batch ${String(p.batch).padStart(3)} after ${count(p.rowsBefore).padStart(7)} rows: ` +
          `${count(p.rows).padStart(5)} rows, ${count(p.dbHits).padStart(9)} db hits ` +
          `(${(p.dbHits / Math.max(p.rows, 1)).toFixed(0)}/row), ${p.eagers} Eager, ${p.ms.toFixed(0)} ms`,
      );
      for (const line of p.top) say(`      ${line}`);
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    if (values.keep) say(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Profile failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
