import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
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
import { graphCounts, type GraphCounts } from './graph-counts';
import { batchRowCount } from './batch-rows';
import { BENCH_CYPHER_ROOT, runLoadCsv } from './load-csv';
import { MemorySampler } from './memory-sampler';
import { cpuOfRun, formatCounters, formatThreadGroups, startCpu, type RunCpu } from './process-cpu';
import { tenthRates, TimedExecutor, type WriteBatch } from './timed-executor';

/** Accounts whose files hold just over a million rows (measured: ~520 rows per account). */
const DEFAULT_ACCOUNTS = 2000;
const IMPORTER_TENANT = 'bench-importer';
const LOAD_CSV_TENANT = 'bench-loadcsv';

const USAGE = `Usage: npm run bench:import -- [--accounts N] [--seed N] [--as-of YYYY-MM-DD] [--files <folder>] [--order alternate|fresh|importer-first|loadcsv-first] [--jvm-options "<flags>"] [--calls <file prefix>] [--keep]

Generates a portfolio's export files (or uses --files, a folder written by generate:portfolio),
starts a throwaway embedded Neo4j that can LOAD CSV from them, and imports them twice into the
same database: with the project's importer (tenant ${IMPORTER_TENANT}) and with Neo4j's own
LOAD CSV ... CALL { } IN TRANSACTIONS (bench/cypher/, tenant ${LOAD_CSV_TENANT}). The side that
runs first on the fresh Neo4j pays for its cold JVM, so by default (--order alternate) each side
runs twice, importer, LOAD CSV, LOAD CSV, importer (into tenants suffixed -1 and -2), and the
ratio compares each side's mean; importer-first / loadcsv-first run each side once in that order.
--order fresh gives each side a fresh Neo4j of its own and runs it twice there (importer, importer
on one; LOAD CSV, LOAD CSV on another): cold against cold, then warm against warm.
--jvm-options adds JVM flags (space-separated) to the embedded Neo4j's defaults; they start with
a dash, so give them with an equals sign: --jvm-options=-XX:+UseParallelGC.
--calls writes each statement's server time per call to <prefix>-<tenant>.json.
Prints figures; asserts nothing.`;

const ORDERS = ['alternate', 'fresh', 'importer-first', 'loadcsv-first'] as const;

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
   * round 5); `alternate` runs both twice, first and second once each (A B B A); `fresh` runs each
   * side twice on a fresh Neo4j of its own, so both meet a cold JVM once.
   */
  order: (typeof ORDERS)[number];
  calls: string | null;
  jvmOptions: string[];
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
      'jvm-options': { type: 'string', default: '' },
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
    jvmOptions: values['jvm-options'].split(/\s+/).filter((flag) => flag !== ''),
  };
}

/** Where a run's Neo4j CPU went: per thread group, and the JVM's own JIT / class loading / GC counters. */
function sayCpuDetail(cpu: RunCpu): void {
  say(`   Neo4j CPU by thread: ${cpu.neo4jThreads === null ? '?' : formatThreadGroups(cpu.neo4jThreads)}`);
  if (cpu.jvm !== null) say(`   Neo4j JVM counters: ${formatCounters(cpu.jvm)}`);
}

/** One throwaway Neo4j, its driver, and the executors the two sides run through. */
interface Session {
  neo4j: EmbeddedNeo4j;
  driver: Driver;
  db: TimedExecutor;
  /** bench/cypher/: the graph counts. */
  benchDb: CypherExecutor;
  stopped: boolean;
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
function compareGraphs(
  importerTenant: string,
  importer: GraphCounts,
  loadCsvTenant: string,
  loadCsv: GraphCounts,
): void {
  say(`== The two graphs: ${importerTenant} and ${loadCsvTenant}`);
  // Copies: the AccountScore count is taken out below, not out of the counts kept for the run.
  const nodesA = new Map(importer.nodes);
  const nodesB = new Map(loadCsv.nodes);
  const { relationships: relsA } = importer;
  const { relationships: relsB } = loadCsv;
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

  const sessions: Session[] = [];
  /** A throwaway Neo4j with the schema in place: the one of the run, or with --order fresh, one per side. */
  const startSession = async (name: string): Promise<Session> => {
    const flags = options.jvmOptions.length === 0 ? '' : `, JVM options ${options.jvmOptions.join(' ')}`;
    say(
      `== Starting a throwaway Neo4j ${name} (heap ${options.heapMb} MB, page cache ${options.pageCacheMb} MB${flags})`,
    );
    const neo4j = await EmbeddedNeo4j.start({
      launcherRoot: LAUNCHER_ROOT,
      homeDir: join(work, `neo4j-${name}`),
      port: 0,
      heapMb: options.heapMb,
      pageCacheMb: options.pageCacheMb,
      // LOAD CSV's outer transaction lasts as long as the whole file.
      transactionTimeoutSeconds: 3600,
      importDir: files,
      jvmOptions: options.jvmOptions,
      log: (line) => say(`   ${line}`),
    });
    const driver = createDriver({ uri: neo4j.boltUri });
    const executorOptions = { database: 'neo4j', timeoutMs: 600_000 };
    const session: Session = {
      neo4j,
      driver,
      db: new TimedExecutor(driver, QueryRegistry.load(CYPHER_ROOT), executorOptions),
      benchDb: new CypherExecutor(driver, benchQueries, executorOptions),
      stopped: false,
    };
    sessions.push(session);
    await migrateSchema(session.db, CYPHER_ROOT);
    return session;
  };
  const stopSession = async (session: Session) => {
    if (session.stopped) return;
    session.stopped = true;
    await session.driver.close();
    await session.neo4j.stop();
  };
  const benchQueries = QueryRegistry.load(BENCH_CYPHER_ROOT);
  try {
    const runImporter = async (session: Session, tenantId: string) => {
      const { db, neo4j } = session;
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
        const rows = batchRowCount(event.params);
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
        sum.rows += rows ?? 0;
        sum.serverMs += event.serverMs;
        sum.clientMs += event.elapsedMs;
        perStatement.set(event.name, sum);
      });
      const sampler = new MemorySampler();
      const cpuStart = startCpu(neo4j.pid);
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
      const cpu = cpuOfRun(cpuStart);
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
      sayCpuDetail(cpu);
      return { tenantId, session, ms: importerMs, cpu, peaks, batches: db.batches.slice(firstBatch) };
    };
    const runLoadCsvSide = async (session: Session, tenantId: string) => {
      say(`== (b) LOAD CSV ... CALL { } IN TRANSACTIONS OF 2000 ROWS into tenant ${tenantId}`);
      const cpuStart = startCpu(session.neo4j.pid);
      const loadStarted = performance.now();
      await runLoadCsv(session.driver, benchQueries, tenantId, (step) =>
        say(
          `   ${step.name.padEnd(30)} ${seconds(step.elapsedMs).padStart(8)}  ` +
            `+${count(step.nodesCreated)} nodes, +${count(step.relationshipsCreated)} relationships`,
        ),
      );
      const ms = performance.now() - loadStarted;
      const cpu = cpuOfRun(cpuStart);
      sayCpuDetail(cpu);
      return { tenantId, session, ms, cpu };
    };
    // Only the very first run on a Neo4j meets its fresh JVM (the first runs of every statement).
    // alternate: the importer first and last (A B B A) gives its cold and its warm figure against
    // two LOAD CSV runs, the first of them warmed by the importer's run (the storage, commit and
    // index code both share). fresh: each side meets a cold JVM of its own, once.
    const importerRuns: Awaited<ReturnType<typeof runImporter>>[] = [];
    const loadCsvRuns: Awaited<ReturnType<typeof runLoadCsvSide>>[] = [];
    const counts = new Map<string, GraphCounts>();
    const importerSide = async (session: Session, round: number) => {
      importerRuns.push(await runImporter(session, `${IMPORTER_TENANT}-${round}`));
    };
    const loadCsvSide = async (session: Session, round: number) => {
      loadCsvRuns.push(await runLoadCsvSide(session, `${LOAD_CSV_TENANT}-${round}`));
    };
    /** Counts each run's graph on its own Neo4j, before that Neo4j stops. */
    const countGraphs = async (session: Session) => {
      for (const run of [...importerRuns, ...loadCsvRuns].filter((r) => r.session === session))
        counts.set(run.tenantId, await graphCounts(session.benchDb, run.tenantId));
    };
    if (options.order === 'fresh') {
      // One side's Neo4j is stopped before the other's starts: two JVMs would share the cores.
      const importerNeo4j = await startSession('importer');
      await importerSide(importerNeo4j, 1);
      await importerSide(importerNeo4j, 2);
      await countGraphs(importerNeo4j);
      await stopSession(importerNeo4j);
      const loadCsvNeo4j = await startSession('loadcsv');
      await loadCsvSide(loadCsvNeo4j, 1);
      await loadCsvSide(loadCsvNeo4j, 2);
      await countGraphs(loadCsvNeo4j);
      await stopSession(loadCsvNeo4j);
    } else {
      const session = await startSession('shared');
      if (options.order === 'loadcsv-first') {
        await loadCsvSide(session, 1);
        await importerSide(session, 1);
      } else {
        await importerSide(session, 1);
        await loadCsvSide(session, 1);
      }
      if (options.order === 'alternate') {
        await loadCsvSide(session, 2);
        await importerSide(session, 2);
      }
      await countGraphs(session);
    }

    for (const [importer, loadCsv] of importerRuns.map((run, i) => [run, loadCsvRuns[i]!] as const)) {
      compareGraphs(
        importer.tenantId,
        counts.get(importer.tenantId)!,
        loadCsv.tenantId,
        counts.get(loadCsv.tenantId)!,
      );
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
    const ratioOf = (importer: { ms: number }, loadCsv: { ms: number }) =>
      (loadCsv.ms / importer.ms).toFixed(2);
    if (options.order === 'fresh') {
      // Each side's first run met a fresh JVM of its own, its second the same JVM warmed by the first.
      const [cold, warm] = [0, 1].map((i) => ({ importer: importerRuns[i]!, loadCsv: loadCsvRuns[i]! }));
      say(
        `  cold runs only           importer run 1 / LOAD CSV run 1 ${ratioOf(cold!.importer, cold!.loadCsv)}x`,
      );
      say(
        `  warm runs only           importer run 2 / LOAD CSV run 2 ${ratioOf(warm!.importer, warm!.loadCsv)}x`,
      );
    } else if (importerRuns.length > 1) {
      // Only the very first run meets a cold JVM: the importer's second run against both LOAD CSV runs.
      const warmRate = manifest.rows / (importerRuns[1]!.ms / 1000);
      say(
        `  warm runs only           importer run 2 / LOAD CSV mean ${(warmRate / loadCsvRate).toFixed(2)}x`,
      );
    }
    // Which threads the extra CPU of a cold run went to: the JIT compilers, GC, or the work itself.
    for (const run of [...importerRuns, ...loadCsvRuns])
      if (run.cpu.neo4jThreads !== null)
        say(
          `  Neo4j CPU by thread, ${run.tenantId.padEnd(16)} ${formatThreadGroups(run.cpu.neo4jThreads)}` +
            (run.cpu.jvm === null ? '' : `; ${formatCounters(run.cpu.jvm)}`),
        );
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
    for (const session of sessions) await stopSession(session);
    if (options.keep) say(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
