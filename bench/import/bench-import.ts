import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CYPHER_ROOT, LAUNCHER_ROOT } from '../../src/config/paths';
import { CypherExecutor } from '../../src/db/cypher-executor';
import { createDriver } from '../../src/db/driver';
import { QueryRegistry } from '../../src/db/query-registry';
import { migrateSchema } from '../../src/db/schema-migrator';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import type { PortfolioManifest } from '../../seed/generate/write-portfolio';
import { DEFAULT_WRITE_CONCURRENCY } from '../../seed/import/pipeline/write-pass';
import { runImport, type ImportReport } from '../../seed/import/run-import';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count, seconds } from '../support/figures';
import { BENCH_CYPHER_ROOT, runLoadCsv } from './load-csv';
import { MemorySampler } from './memory-sampler';
import { tenthRates, TimedExecutor, type WriteBatch } from './timed-executor';

/** Accounts whose files hold just over a million rows (measured: ~520 rows per account). */
const DEFAULT_ACCOUNTS = 2000;
const IMPORTER_TENANT = 'bench-importer';
const LOAD_CSV_TENANT = 'bench-loadcsv';

const USAGE = `Usage: npm run bench:import -- [--accounts N] [--seed N] [--as-of YYYY-MM-DD] [--files <folder>] [--order importer-first|loadcsv-first] [--keep]

Generates a portfolio's export files (or uses --files, a folder written by generate:portfolio),
starts a throwaway embedded Neo4j that can LOAD CSV from them, and imports them twice into the
same database: with the project's importer (tenant ${IMPORTER_TENANT}) and with Neo4j's own
LOAD CSV ... CALL { } IN TRANSACTIONS (bench/cypher/, tenant ${LOAD_CSV_TENANT}), the importer
first unless --order loadcsv-first. Prints figures; asserts nothing.`;

interface BenchOptions {
  accounts: number;
  seed: number;
  asOf: string;
  files: string | null;
  keep: boolean;
  batchSize: number;
  concurrency: number;
  heapMb: number;
  pageCacheMb: number;
  /** Which side runs first on the fresh Neo4j: the first pays for its cold JVM (docs/scale.md, round 5). */
  order: 'importer-first' | 'loadcsv-first';
}

const ORDERS = ['importer-first', 'loadcsv-first'] as const;

function parseOptions(args: string[]): BenchOptions {
  const values = parseBenchArgs(
    args,
    {
      accounts: { type: 'string', default: String(DEFAULT_ACCOUNTS) },
      seed: { type: 'string', default: '42' },
      // Fixed, so every run measures the same files.
      'as-of': { type: 'string', default: '2026-11-01' },
      files: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: String(DEFAULT_WRITE_CONCURRENCY) },
      'heap-mb': { type: 'string', default: '2048' },
      'pagecache-mb': { type: 'string', default: '1024' },
      order: { type: 'string', default: 'importer-first' },
    },
    USAGE,
  );
  const order = ORDERS.find((o) => o === values.order);
  if (order === undefined) throw new Error(`--order must be one of ${ORDERS.join(', ')}`);
  return {
    accounts: wholeOption('accounts', values.accounts),
    seed: Number(values.seed),
    asOf: values['as-of'],
    files: values.files === undefined ? null : resolve(values.files),
    keep: values.keep,
    batchSize: wholeOption('batch-size', values['batch-size']),
    concurrency: wholeOption('concurrency', values.concurrency),
    heapMb: wholeOption('heap-mb', values['heap-mb']),
    pageCacheMb: wholeOption('pagecache-mb', values['pagecache-mb']),
    order,
  };
}

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;

/** The generator in a child process, so its memory is not counted as the importer's. */
function generate(options: BenchOptions, out: string): Promise<void> {
  const cli = join(__dirname, '..', '..', 'seed', 'generate', 'cli.js');
  const args = [cli, '--accounts', String(options.accounts), '--seed', String(options.seed)];
  args.push('--as-of', options.asOf, '--out', out);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`generator exited with ${code}`))));
  });
}

async function countsOf(db: CypherExecutor, tenantId: string, query: string): Promise<Map<string, number>> {
  const rows = await db.read<{ name: string; count: number }>(db.prepare(query), tenantId);
  return new Map(rows.map((row) => [row.name, row.count]));
}

function printSideBySide(title: string, left: Map<string, number>, right: Map<string, number>): void {
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  const width = Math.max(title.length, ...names.map((n) => n.length));
  say(`  ${title.padEnd(width)}  ${'importer'.padStart(11)}  ${'LOAD CSV'.padStart(11)}`);
  for (const name of names) {
    const a = left.get(name) ?? 0;
    const b = right.get(name) ?? 0;
    say(
      `  ${name.padEnd(width)}  ${count(a).padStart(11)}  ${count(b).padStart(11)}${a === b ? '' : '  <- differs'}`,
    );
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  say(`  ${'total'.padEnd(width)}  ${count(total(left)).padStart(11)}  ${count(total(right)).padStart(11)}`);
}

function printTenths(label: string, batches: readonly WriteBatch[]): void {
  const tenths = tenthRates(batches);
  if (tenths.rows === 0) return;
  say(
    `  ${label}: first tenth ${count(tenths.firstTenthRowsPerSecond)} rows/s, last tenth ` +
      `${count(tenths.lastTenthRowsPerSecond)} rows/s (last/first ${(
        tenths.lastTenthRowsPerSecond / Math.max(tenths.firstTenthRowsPerSecond, 1e-9)
      ).toFixed(2)}) over ${count(tenths.rows)} records`,
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const files = options.files ?? join(work, 'files');
  const started = Date.now();

  if (options.files === null) {
    say(`== Generating ${count(options.accounts)} accounts into ${files}`);
    await generate(options, files);
  } else if (!existsSync(join(files, 'manifest.json'))) {
    throw new Error(`${files} has no manifest.json: write it with npm run generate:portfolio`);
  }
  const manifest = JSON.parse(readFileSync(join(files, 'manifest.json'), 'utf8')) as PortfolioManifest;
  say(
    `   ${count(manifest.rows)} rows in ${manifest.files.length} files (${count(manifest.accounts)} accounts)`,
  );

  say(`== Starting a throwaway Neo4j (heap ${options.heapMb} MB, page cache ${options.pageCacheMb} MB)`);
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: join(work, 'neo4j'),
    port: 0,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    // LOAD CSV's outer transaction lasts as long as the whole file.
    transactionTimeoutSeconds: 3600,
    importDir: files,
    log: (line) => say(`   ${line}`),
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  try {
    const executorOptions = { database: 'neo4j', timeoutMs: 600_000 };
    const db = new TimedExecutor(driver, QueryRegistry.load(CYPHER_ROOT), executorOptions);
    const benchQueries = QueryRegistry.load(BENCH_CYPHER_ROOT);
    const benchDb = new CypherExecutor(driver, benchQueries, executorOptions);
    await migrateSchema(db, CYPHER_ROOT);

    const runImporter = async () => {
      say(
        `== (a) The importer into tenant ${IMPORTER_TENANT}: salesforce/, then extras/ with mapping.json ` +
          `(batches of ${count(options.batchSize)}, ${options.concurrency} in flight)`,
      );
      const perStatement = new Map<
        string,
        { calls: number; rows: number; serverMs: number; clientMs: number }
      >();
      const stopListening = db.onQuery((event) => {
        const rows = event.params['rows'];
        const sum = perStatement.get(event.name) ?? { calls: 0, rows: 0, serverMs: 0, clientMs: 0 };
        sum.calls += 1;
        sum.rows += Array.isArray(rows) ? rows.length : 0;
        sum.serverMs += event.serverMs;
        sum.clientMs += event.elapsedMs;
        perStatement.set(event.name, sum);
      });
      const sampler = new MemorySampler();
      const importStarted = performance.now();
      sampler.start();
      const reports: ImportReport[] = [];
      for (const run of [
        { dir: join(files, 'salesforce'), format: 'salesforce' as const },
        {
          dir: join(files, 'extras'),
          format: 'mapping' as const,
          mappingFile: join(files, 'extras', 'mapping.json'),
        },
      ]) {
        const report = await runImport(db, {
          ...run,
          tenantId: IMPORTER_TENANT,
          batchSize: options.batchSize,
          concurrency: options.concurrency,
          rejectsFile: join(work, `rejects-${run.format}.csv`),
          progress: 'plain',
        });
        reports.push(report);
        say(
          `   ${run.format}: ${count(report.rowsRead)} rows read, ${count(report.rowsWritten)} records written, ` +
            `${count(report.rejected)} rejected, ${count(report.dangling)} dangling, in ${seconds(report.elapsedMs)}`,
        );
      }
      const importerMs = performance.now() - importStarted;
      const peaks = sampler.stop();
      stopListening();
      // Where the importer's time went: Neo4j's own time per statement against the round trip.
      say('   statement                                   calls       rows   server s   client s');
      for (const [name, sum] of [...perStatement].sort((a, b) => b[1].clientMs - a[1].clientMs)) {
        say(
          `   ${name.padEnd(40)} ${count(sum.calls).padStart(8)} ${count(sum.rows).padStart(10)} ` +
            `${(sum.serverMs / 1000).toFixed(1).padStart(10)} ${(sum.clientMs / 1000).toFixed(1).padStart(10)}`,
        );
      }
      return { importerMs, peaks };
    };
    const runLoadCsvSide = async () => {
      say(`== (b) LOAD CSV ... CALL { } IN TRANSACTIONS OF 2000 ROWS into tenant ${LOAD_CSV_TENANT}`);
      const loadStarted = performance.now();
      await runLoadCsv(driver, benchQueries, LOAD_CSV_TENANT, (step) =>
        say(
          `   ${step.name.padEnd(30)} ${seconds(step.elapsedMs).padStart(8)}  ` +
            `+${count(step.nodesCreated)} nodes, +${count(step.relationshipsCreated)} relationships`,
        ),
      );
      const loadCsvMs = performance.now() - loadStarted;
      return loadCsvMs;
    };
    // The side that runs first pays for the fresh JVM (the first runs of every statement).
    let importer: Awaited<ReturnType<typeof runImporter>>;
    let loadCsvMs: number;
    if (options.order === 'importer-first') {
      importer = await runImporter();
      loadCsvMs = await runLoadCsvSide();
    } else {
      loadCsvMs = await runLoadCsvSide();
      importer = await runImporter();
    }
    const { importerMs, peaks } = importer;

    say('== The two graphs');
    const [nodesA, nodesB, relsA, relsB] = await Promise.all([
      countsOf(benchDb, IMPORTER_TENANT, 'count-nodes'),
      countsOf(benchDb, LOAD_CSV_TENANT, 'count-nodes'),
      countsOf(benchDb, IMPORTER_TENANT, 'count-relationships'),
      countsOf(benchDb, LOAD_CSV_TENANT, 'count-relationships'),
    ]);
    // Not imported data: the importer's last statement marks every account for re-scoring (the
    // score worker's queue), which LOAD CSV does not do. Shown apart so the comparison is like for like.
    const marks = nodesA.get('AccountScore') ?? 0;
    nodesA.delete('AccountScore');
    nodesB.delete('AccountScore');
    printSideBySide('nodes', nodesA, nodesB);
    say(`  (and ${count(marks)} AccountScore nodes: the importer's marks for the score worker)`);
    printSideBySide('relationships', relsA, relsB);

    const importerRate = manifest.rows / (importerMs / 1000);
    const loadCsvRate = manifest.rows / (loadCsvMs / 1000);
    say('== Figures');
    say(`  rows in the files        ${count(manifest.rows)} (${count(manifest.accounts)} accounts)`);
    say(`  importer                 ${seconds(importerMs)}, ${count(importerRate)} rows/s`);
    say(`  LOAD CSV                 ${seconds(loadCsvMs)}, ${count(loadCsvRate)} rows/s`);
    say(`  importer / LOAD CSV      ${(importerRate / loadCsvRate).toFixed(2)}x`);
    say(
      `  importer peak memory     RSS ${megabytes(peaks.rss)}, heap used ${megabytes(peaks.heapUsed)} ` +
        `(${count(peaks.samples)} samples)`,
    );
    printTenths('importer, whole load', db.batches);
    const interactions = db.batches.filter((b) => b.query === 'write/upsert-interactions');
    printTenths('importer, interactions only', interactions);
    say(`  total run                ${seconds(Date.now() - started)}`);
  } finally {
    await driver.close();
    await neo4j.stop();
    if (options.keep) say(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
