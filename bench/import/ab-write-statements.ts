import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CYPHER_ROOT, LAUNCHER_ROOT } from '../../src/config/paths';
import { CypherExecutor } from '../../src/db/cypher-executor';
import { createDriver } from '../../src/db/driver';
import { QueryRegistry } from '../../src/db/query-registry';
import { migrateSchema } from '../../src/db/schema-migrator';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import { runImport } from '../../seed/import/run-import';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { seconds } from '../support/figures';
import { exportFileRuns } from './export-runs';
import { graphShape } from './graph-counts';
import { BENCH_CYPHER_ROOT } from './load-csv';
import { MemorySampler } from './memory-sampler';
import { cpuOfRun, formatThreadGroups, startCpu, type ThreadGroup } from './process-cpu';

const USAGE = `Usage: node dist/bench/import/ab-write-statements.js --files <folder> --baseline <cypher root> [--rounds N]

A/B of the importer's write statements on one throwaway Neo4j: the same export files imported
with the statements of --baseline (a copy of cypher/ holding the old texts) and with cypher/, in
the order A B B A (repeated --rounds times), each run into its own tenant. Prints each run's
elapsed time, Node CPU, the Neo4j JVM's CPU (by thread group) and Neo4j's time per write
statement, then the means of B over A and whether every pair of tenants holds the same graph.
--concurrency-a/-b and --batch-size-a/-b set the batches in flight and the rows per batch of one
side (default: the importer's), to A/B those settings (give the same --baseline as cypher/ then).
Asserts nothing.`;

interface Run {
  side: 'A' | 'B';
  tenantId: string;
  ms: number;
  cpuMs: number;
  /** The Neo4j JVM's CPU seconds during the run, and by thread group (null without /proc). */
  neo4jSeconds: number | null;
  neo4jThreads: Record<ThreadGroup, number> | null;
  /** This process's peak resident set size during the run, bytes (sampled every 50 ms). */
  peakRss: number;
  perStatement: Map<string, { serverMs: number; clientMs: number }>;
}

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    {
      files: { type: 'string' },
      baseline: { type: 'string' },
      rounds: { type: 'string', default: '1' },
      // Batches in flight per side (default: the importer's default), to A/B that setting instead.
      'concurrency-a': { type: 'string' },
      'concurrency-b': { type: 'string' },
      // Rows per batch per side (default: the importer's), to A/B the batch size.
      'batch-size-a': { type: 'string' },
      'batch-size-b': { type: 'string' },
    },
    USAGE,
  );
  if (typeof values.files !== 'string' || typeof values.baseline !== 'string') {
    say(USAGE);
    process.exit(2);
  }
  const files = resolve(values.files);
  const rounds = wholeOption('rounds', values.rounds);
  const work = mkdtempSync(join(tmpdir(), 'ab-writes-'));
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: join(work, 'neo4j'),
    port: 0,
    heapMb: 2048,
    pageCacheMb: 1024,
    transactionTimeoutSeconds: 600,
    importDir: files,
    log: (line) => say(`   ${line}`),
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  try {
    const options = { database: 'neo4j', timeoutMs: 600_000 };
    const sides = {
      A: new CypherExecutor(driver, QueryRegistry.load(resolve(values.baseline)), options),
      B: new CypherExecutor(driver, QueryRegistry.load(CYPHER_ROOT), options),
    };
    await migrateSchema(sides.B, CYPHER_ROOT);
    const runs: Run[] = [];
    // The first run of each side meets a cold JVM (first executions of every statement): a warm-up
    // run of each, not counted, then A B B A.
    const order = [
      'A',
      'B',
      ...Array.from({ length: rounds }, () => ['A', 'B', 'B', 'A'] as const).flat(),
    ] as const;
    for (const [n, side] of order.entries()) {
      const db = sides[side];
      const tenantId = `ab-${side}-${n}`;
      const perStatement = new Map<string, { serverMs: number; clientMs: number }>();
      const stop = db.onQuery((event) => {
        const sum = perStatement.get(event.name) ?? { serverMs: 0, clientMs: 0 };
        sum.serverMs += event.serverMs;
        sum.clientMs += event.elapsedMs;
        perStatement.set(event.name, sum);
      });
      const cpu = process.cpuUsage();
      const neo4jCpu = startCpu(neo4j.pid);
      const sampler = new MemorySampler();
      sampler.start();
      const started = performance.now();
      for (const run of exportFileRuns(files)) {
        const inFlight = side === 'A' ? values['concurrency-a'] : values['concurrency-b'];
        const batchSize = side === 'A' ? values['batch-size-a'] : values['batch-size-b'];
        await runImport(db, {
          ...run,
          tenantId,
          rejectsFile: join(work, `rejects-${tenantId}.csv`),
          ...(inFlight === undefined ? {} : { concurrency: wholeOption('concurrency', inFlight) }),
          ...(batchSize === undefined ? {} : { batchSize: wholeOption('batch-size', batchSize) }),
        });
      }
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const { neo4jSeconds, neo4jThreads } = cpuOfRun(neo4jCpu);
      const peakRss = sampler.stop().rss;
      stop();
      if (n < 2) {
        say(`${side} ${tenantId} (warm-up, not counted): ${seconds(ms)} elapsed`);
        continue;
      }
      runs.push({
        side,
        tenantId,
        ms,
        cpuMs: (used.user + used.system) / 1000,
        neo4jSeconds,
        neo4jThreads,
        peakRss,
        perStatement,
      });
      const top = [...perStatement]
        .filter(([name]) => name.startsWith('write/'))
        .sort((x, y) => y[1].serverMs - x[1].serverMs)
        .slice(0, 4)
        .map(([name, s]) => `${name.replace('write/', '')} ${seconds(s.serverMs)}/${seconds(s.clientMs)}`);
      say(
        `${side} ${tenantId}: ${seconds(ms)} elapsed, Node CPU ${seconds(runs.at(-1)?.cpuMs ?? 0)}; ${top.join(', ')}`,
      );
      say(
        `   Neo4j CPU ${neo4jSeconds === null ? '?' : neo4jSeconds.toFixed(1)} s: ${neo4jThreads === null ? '?' : formatThreadGroups(neo4jThreads)}; Node peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
      );
    }
    const mean = (side: 'A' | 'B', pick: (r: Run) => number) => {
      const of = runs.filter((r) => r.side === side);
      return of.reduce((sum, r) => sum + pick(r), 0) / of.length;
    };
    const statements = new Set(
      runs.flatMap((r) => [...r.perStatement.keys()].filter((k) => k.startsWith('write/'))),
    );
    say('\nmeans (A = baseline, B = cypher/)        A server s  B server s   B/A');
    const line = (label: string, pick: (r: Run) => number) => {
      const a = mean('A', pick);
      const b = mean('B', pick);
      say(
        `${label.padEnd(40)} ${(a / 1000).toFixed(1).padStart(10)} ${(b / 1000).toFixed(1).padStart(11)} ${(b / a).toFixed(2).padStart(6)}`,
      );
    };
    line('elapsed', (r) => r.ms);
    line('Node CPU', (r) => r.cpuMs);
    line('Neo4j CPU', (r) => (r.neo4jSeconds ?? 0) * 1000);
    line('Node peak RSS (MB, not s)', (r) => (r.peakRss / 2 ** 20) * 1000);
    for (const group of ['Bolt workers', 'Bolt network', 'JIT C2', 'JIT C1', 'GC'] as const)
      line(`  ${group}`, (r) => (r.neo4jThreads?.[group] ?? 0) * 1000);
    for (const name of statements) line(name, (r) => r.perStatement.get(name)?.serverMs ?? 0);
    const counts = new CypherExecutor(driver, QueryRegistry.load(BENCH_CYPHER_ROOT), options);
    const shapes = await Promise.all(runs.map((r) => graphShape(counts, r.tenantId)));
    // The JVM's resident high-water mark over the whole benchmark (it never gives memory back).
    const hwm = neo4j.pid === undefined ? null : /VmHWM:\s+(\d+)/.exec(readProcStatus(neo4j.pid));
    say(`Neo4j peak RSS (whole benchmark): ${hwm ? `${(Number(hwm[1]) / 1024).toFixed(0)} MB` : '?'}`);
    say(`same graph in every run: ${shapes.every((s) => s === shapes[0])}`);
    for (const [n, shape] of shapes.entries())
      if (shape !== shapes[0]) say(`  ${runs[n]?.tenantId}: ${shape}\n  ${runs[0]?.tenantId}: ${shapes[0]}`);
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

function readProcStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}
