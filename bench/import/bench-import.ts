import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { exportFileRuns } from './export-runs';
import { graphCounts } from './graph-counts';
import { BENCH_CYPHER_ROOT, runLoadCsv } from './load-csv';
import { MemorySampler } from './memory-sampler';
import { cpuSecondsOf } from './process-cpu';
import { tenthRates, TimedExecutor, type WriteBatch } from './timed-executor';

/** Accounts whose files hold just over a million rows (measured: ~520 rows per account). */
const DEFAULT_ACCOUNTS = 2000;
const IMPORTER_TENANT = 'bench-importer';
const LOAD_CSV_TENANT = 'bench-loadcsv';

const USAGE = `Usage: npm run bench:import -- [--accounts N] [--seed N] [--as-of YYYY-MM-DD] [--files <folder>] [--order alternate|importer-first|loadcsv-first] [--calls <file prefix>] [--keep]

Generates a portfolio's export files (or uses --files, a folder written by generate:portfolio),
starts a throwaway embedded Neo4j that can LOAD CSV from them, and imports them twice into the
same database: with the project's importer (tenant ${IMPORTER_TENANT}) and with Neo4j's own
LOAD CSV ... CALL { } IN TRANSACTIONS (bench/cypher/, tenant ${LOAD_CSV_TENANT}). The side that
runs first on the fresh Neo4j pays for its cold JVM, so by default (--order alternate) each side
runs twice, importer, LOAD CSV, LOAD CSV, importer (into tenants suffixed -1 and -2), and the
ratio compares each side's mean; importer-first / loadcsv-first run each side once in that order.
--calls writes each statement's server time per call to <prefix>-<tenant>.json.
Prints figures; asserts nothing.`;

const ORDERS = ['alternate', 'importer-first', 'loadcsv-first'] as const;

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
  /**
   * Which side runs first on the fresh Neo4j: the first pays for its cold JVM (docs/scale.md,
   * round 5); `alternate` runs both twice, first and second once each (A B B A).
   */
  order: (typeof ORDERS)[number];
  calls: string | null;
}

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
      order: { type: 'string', default: 'alternate' },
      calls: { type: 'string' },
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
    calls: values.calls ?? null,
  };
}

interface RunCpu {
  /** The Neo4j JVM's CPU seconds during the run (null without /proc). */
  neo4jSeconds: number | null;
  /** This process's CPU seconds (the importer's reading, validating and hashing; ~0 for LOAD CSV). */
  nodeSeconds: number;
}

function cpuOfRun(pid: number | undefined, neo4jBefore: number | null, node: NodeJS.CpuUsage): RunCpu {
  const neo4jAfter = cpuSecondsOf(pid);
  return {
    neo4jSeconds: neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore,
    nodeSeconds: (node.user + node.system) / 1e6,
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

/** Node and relationship counts of the two tenants side by side: the same files must give the same graph. */
async function compareGraphs(
  db: CypherExecutor,
  importerTenant: string,
  loadCsvTenant: string,
): Promise<void> {
  say(`== The two graphs: ${importerTenant} and ${loadCsvTenant}`);
  const [importer, loadCsv] = await Promise.all([
    graphCounts(db, importerTenant),
    graphCounts(db, loadCsvTenant),
  ]);
  const { nodes: nodesA, relationships: relsA } = importer;
  const { nodes: nodesB, relationships: relsB } = loadCsv;
  // Not imported data: the importer's last statement marks every account for re-scoring (the
  // score worker's queue), which LOAD CSV does not do. Shown apart so the comparison is like for like.
  const marks = nodesA.get('AccountScore') ?? 0;
  nodesA.delete('AccountScore');
  nodesB.delete('AccountScore');
  printSideBySide('nodes', nodesA, nodesB);
  say(`  (and ${count(marks)} AccountScore nodes: the importer's marks for the score worker)`);
  printSideBySide('relationships', relsA, relsB);
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

    const runImporter = async (tenantId: string) => {
      const firstBatch = db.batches.length;
      say(
        `== (a) The importer into tenant ${tenantId}: salesforce/, then extras/ with mapping.json ` +
          `(batches of ${count(options.batchSize)}, ${options.concurrency} in flight)`,
      );
      const perStatement = new Map<
        string,
        {
          calls: number;
          rows: number;
          serverMs: number;
          clientMs: number;
          firstServerMs: number;
          perCall: number[];
        }
      >();
      const stopListening = db.onQuery((event) => {
        const rows = event.params['rows'];
        const sum = perStatement.get(event.name) ?? {
          calls: 0,
          rows: 0,
          serverMs: 0,
          clientMs: 0,
          firstServerMs: 0,
          perCall: [],
        };
        if (sum.calls === 0) sum.firstServerMs = event.serverMs;
        sum.perCall.push(Math.round(event.serverMs));
        sum.calls += 1;
        sum.rows += Array.isArray(rows) ? rows.length : 0;
        sum.serverMs += event.serverMs;
        sum.clientMs += event.elapsedMs;
        perStatement.set(event.name, sum);
      });
      const sampler = new MemorySampler();
      const neo4jCpuBefore = cpuSecondsOf(neo4j.pid);
      const nodeCpuBefore = process.cpuUsage();
      const importStarted = performance.now();
      sampler.start();
      const reports: ImportReport[] = [];
      for (const run of exportFileRuns(files)) {
        const report = await runImport(db, {
          ...run,
          tenantId,
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
      const cpu = cpuOfRun(neo4j.pid, neo4jCpuBefore, process.cpuUsage(nodeCpuBefore));
      const peaks = sampler.stop();
      stopListening();
      // Where the importer's time went: Neo4j's own time per statement against the round trip.
      say(
        '   statement                                   calls       rows   server s   client s  1st call s',
      );
      for (const [name, sum] of [...perStatement].sort((a, b) => b[1].clientMs - a[1].clientMs)) {
        say(
          `   ${name.padEnd(40)} ${count(sum.calls).padStart(8)} ${count(sum.rows).padStart(10)} ` +
            `${(sum.serverMs / 1000).toFixed(1).padStart(10)} ${(sum.clientMs / 1000).toFixed(1).padStart(10)} ` +
            `${(sum.firstServerMs / 1000).toFixed(2).padStart(11)}`,
        );
      }
      if (options.calls !== null)
        writeFileSync(
          `${options.calls}-${tenantId}.json`,
          JSON.stringify(Object.fromEntries([...perStatement].map(([n, s]) => [n, s.perCall]))),
        );
      return { tenantId, ms: importerMs, cpu, peaks, batches: db.batches.slice(firstBatch) };
    };
    const runLoadCsvSide = async (tenantId: string) => {
      say(`== (b) LOAD CSV ... CALL { } IN TRANSACTIONS OF 2000 ROWS into tenant ${tenantId}`);
      const neo4jCpuBefore = cpuSecondsOf(neo4j.pid);
      const nodeCpuBefore = process.cpuUsage();
      const loadStarted = performance.now();
      await runLoadCsv(driver, benchQueries, tenantId, (step) =>
        say(
          `   ${step.name.padEnd(30)} ${seconds(step.elapsedMs).padStart(8)}  ` +
            `+${count(step.nodesCreated)} nodes, +${count(step.relationshipsCreated)} relationships`,
        ),
      );
      const ms = performance.now() - loadStarted;
      return { tenantId, ms, cpu: cpuOfRun(neo4j.pid, neo4jCpuBefore, process.cpuUsage(nodeCpuBefore)) };
    };
    // Only the very first run meets the fresh JVM (the first runs of every statement). The importer
    // first and last (A B B A) gives its cold and its warm figure against two warm LOAD CSV runs,
    // and balances what drifts with time (the store growing) between the two sides.
    const importerRuns: Awaited<ReturnType<typeof runImporter>>[] = [];
    const loadCsvRuns: Awaited<ReturnType<typeof runLoadCsvSide>>[] = [];
    const importerSide = async (round: number) => {
      importerRuns.push(await runImporter(`${IMPORTER_TENANT}-${round}`));
    };
    const loadCsvSide = async (round: number) => {
      loadCsvRuns.push(await runLoadCsvSide(`${LOAD_CSV_TENANT}-${round}`));
    };
    if (options.order === 'loadcsv-first') {
      await loadCsvSide(1);
      await importerSide(1);
    } else {
      await importerSide(1);
      await loadCsvSide(1);
    }
    if (options.order === 'alternate') {
      await loadCsvSide(2);
      await importerSide(2);
    }

    for (const [importer, loadCsv] of importerRuns.map((run, i) => [run, loadCsvRuns[i]!] as const)) {
      await compareGraphs(benchDb, importer.tenantId, loadCsv.tenantId);
    }

    const mean = (runs: readonly { ms: number }[]) => runs.reduce((t, r) => t + r.ms, 0) / runs.length;
    const importerMs = mean(importerRuns);
    const loadCsvMs = mean(loadCsvRuns);
    const peaks = {
      rss: Math.max(...importerRuns.map((r) => r.peaks.rss)),
      heapUsed: Math.max(...importerRuns.map((r) => r.peaks.heapUsed)),
      samples: importerRuns.reduce((t, r) => t + r.peaks.samples, 0),
    };
    const importerRate = manifest.rows / (importerMs / 1000);
    const loadCsvRate = manifest.rows / (loadCsvMs / 1000);
    say('== Figures');
    say(`  rows in the files        ${count(manifest.rows)} (${count(manifest.accounts)} accounts)`);
    say(`  order                    ${options.order}`);
    const runsOf = (runs: readonly { tenantId: string; ms: number; cpu: RunCpu }[]) =>
      runs
        .map(
          (r) =>
            `${r.tenantId} ${seconds(r.ms)} (CPU: Neo4j ${r.cpu.neo4jSeconds?.toFixed(1) ?? '?'} s, ` +
            `Node ${r.cpu.nodeSeconds.toFixed(1)} s)`,
        )
        .join(', ');
    say(`  importer runs            ${runsOf(importerRuns)}`);
    say(`  LOAD CSV runs            ${runsOf(loadCsvRuns)}`);
    const meanOf = importerRuns.length > 1 ? 'mean ' : '';
    say(`  importer                 ${meanOf}${seconds(importerMs)}, ${count(importerRate)} rows/s`);
    say(`  LOAD CSV                 ${meanOf}${seconds(loadCsvMs)}, ${count(loadCsvRate)} rows/s`);
    say(`  importer / LOAD CSV      ${(importerRate / loadCsvRate).toFixed(2)}x`);
    // CPU follows the machine's load far less than elapsed time (three engineers share 2 cores).
    const neo4jCpu = (runs: readonly { cpu: RunCpu }[]) =>
      runs.reduce((t, r) => t + (r.cpu.neo4jSeconds ?? NaN), 0) / runs.length;
    say(
      `  Neo4j CPU, LOAD CSV / importer (means) ${(neo4jCpu(loadCsvRuns) / neo4jCpu(importerRuns)).toFixed(2)}x ` +
        `(${neo4jCpu(loadCsvRuns).toFixed(1)} s / ${neo4jCpu(importerRuns).toFixed(1)} s)`,
    );
    if (importerRuns.length > 1) {
      // Only the very first run meets a cold JVM: the importer's second run against both LOAD CSV runs.
      const warmRate = manifest.rows / (importerRuns[1]!.ms / 1000);
      say(
        `  warm runs only           importer run 2 / LOAD CSV mean ${(warmRate / loadCsvRate).toFixed(2)}x`,
      );
    }
    say(
      `  importer peak memory     RSS ${megabytes(peaks.rss)}, heap used ${megabytes(peaks.heapUsed)} ` +
        `(${count(peaks.samples)} samples)`,
    );
    for (const run of importerRuns) {
      printTenths(`importer ${run.tenantId}, whole load`, run.batches);
      const interactions = run.batches.filter((b) => b.query === 'write/upsert-interactions');
      printTenths(`importer ${run.tenantId}, interactions only`, interactions);
    }
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
