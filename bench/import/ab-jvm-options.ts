import { mkdtempSync, rmSync } from 'node:fs';
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
import {
  cpuOfRun,
  formatCounters,
  formatThreadGroups,
  startCpu,
  THREAD_GROUPS,
  type JvmCounters,
  type RunCpu,
} from './process-cpu';

const USAGE = `Usage: node dist/bench/import/ab-jvm-options.js --files <folder> [--a "<flags>"] --b "<flags>" [--b "<flags>" …] [--sequence ABBA] [--imports N]

A/B of JVM options for the embedded Neo4j, on the importer's first import into a fresh database:
for each letter of --sequence (default ABBA) a fresh Neo4j starts with the default JVM options
plus --a's or --b's flags (space-separated; --a defaults to none: the defaults alone), the export
files are imported --imports times (default 2: the cold run, then the same JVM warm), each into
its own tenant, and that Neo4j stops before the next starts. Prints each Neo4j's start-up time
and each import's elapsed time, Neo4j CPU (by thread group: JIT compilers, GC, Bolt workers, …)
and Node CPU, then the means per side and run, B over A, and whether every import gave the same
graph. With more than one --b (sides B, C, …), the sequence defaults to one run of each in order
(ABC…); the means then compare each side with A. Flags start with a dash, so give them with an
equals sign: --b=-XX:TieredStopAtLevel=1, --b="-XX:+UseParallelGC -XX:TieredStopAtLevel=1".
Asserts nothing.`;

/** A for --a, then B, C, … for each --b in turn. */
type Side = string;

interface Run {
  side: Side;
  /** 0: the first import on the fresh Neo4j (cold), 1: the second (warm), … */
  index: number;
  tenantId: string;
  ms: number;
  cpu: RunCpu;
}

const flagsOf = (text: string | undefined): string[] =>
  (text ?? '').split(/\s+/).filter((flag) => flag !== '');

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    {
      files: { type: 'string' },
      a: { type: 'string', default: '' },
      b: { type: 'string', multiple: true },
      sequence: { type: 'string', default: 'ABBA' },
      imports: { type: 'string', default: '2' },
    },
    USAGE,
  );
  const others = values.b ?? [];
  const sides = ['A', ...others.map((_, i) => String.fromCharCode(66 + i))];
  const flags = new Map<Side, string[]>([
    ['A', flagsOf(values.a)],
    ...others.map((text, i) => [sides[i + 1]!, flagsOf(text)] as const),
  ]);
  const sequence = [...(others.length > 1 && values.sequence === 'ABBA' ? sides.join('') : values.sequence)];
  if (typeof values.files !== 'string' || others.length === 0 || sequence.some((side) => !flags.has(side))) {
    say(USAGE);
    process.exit(2);
  }
  const files = resolve(values.files);
  const flagsOfSide = (side: Side) => flags.get(side) ?? [];
  const imports = wholeOption('imports', values.imports);
  const work = mkdtempSync(join(tmpdir(), 'ab-jvm-'));
  const runs: Run[] = [];
  const startups: { side: Side; ms: number }[] = [];
  const shapes = new Map<string, string>();
  try {
    for (const [n, side] of sequence.entries()) {
      say(
        `== ${side} (${n + 1}/${sequence.length}): JVM options ${flagsOfSide(side).join(' ') || '(defaults)'}`,
      );
      const started = performance.now();
      const neo4j = await EmbeddedNeo4j.start({
        launcherRoot: LAUNCHER_ROOT,
        homeDir: join(work, `neo4j-${n}`),
        port: 0,
        heapMb: 2048,
        pageCacheMb: 1024,
        transactionTimeoutSeconds: 600,
        jvmOptions: flagsOfSide(side),
        log: (line) => say(`   ${line}`),
      });
      const startupMs = performance.now() - started;
      startups.push({ side, ms: startupMs });
      const driver = createDriver({ uri: neo4j.boltUri });
      try {
        const options = { database: 'neo4j', timeoutMs: 600_000 };
        const db = new CypherExecutor(driver, QueryRegistry.load(CYPHER_ROOT), options);
        await migrateSchema(db, CYPHER_ROOT);
        say(`   Neo4j ready in ${seconds(startupMs)}`);
        for (let index = 0; index < imports; index++) {
          const tenantId = `ab-jvm-${n}-${index}`;
          const cpuStart = startCpu(neo4j.pid);
          const importStarted = performance.now();
          for (const run of exportFileRuns(files))
            await runImport(db, { ...run, tenantId, rejectsFile: join(work, `rejects-${tenantId}.csv`) });
          const ms = performance.now() - importStarted;
          const cpu = cpuOfRun(cpuStart);
          runs.push({ side, index, tenantId, ms, cpu });
          say(
            `   import ${index + 1}: ${seconds(ms)} elapsed, Neo4j CPU ${cpu.neo4jSeconds?.toFixed(1) ?? '?'} s ` +
              `(${cpu.neo4jThreads === null ? '?' : formatThreadGroups(cpu.neo4jThreads)}), Node CPU ${cpu.nodeSeconds.toFixed(1)} s`,
          );
          if (cpu.jvm !== null) say(`   JVM counters: ${formatCounters(cpu.jvm)}`);
        }
        const counts = new CypherExecutor(driver, QueryRegistry.load(BENCH_CYPHER_ROOT), options);
        for (const run of runs.filter((r) => r.tenantId.startsWith(`ab-jvm-${n}-`)))
          shapes.set(run.tenantId, await graphShape(counts, run.tenantId));
      } finally {
        await driver.close();
        // Stopped before the next starts: two JVMs would share the two cores.
        await neo4j.stop();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const mean = (of: readonly number[]) => of.reduce((sum, x) => sum + x, 0) / of.length;
  for (const side of sides) say(`${side}: ${flagsOfSide(side).join(' ') || '(defaults)'}`);
  const compared = sides.slice(1);
  say(
    `${'means'.padEnd(34)} ${'A'.padStart(8)}` +
      compared.map((side) => `${side.padStart(8)} ${`${side}/A`.padStart(6)}`).join(''),
  );
  const line = (label: string, of: (side: Side) => number) => {
    const a = of('A');
    say(
      `${label.padEnd(34)} ${a.toFixed(1).padStart(8)}` +
        compared
          .map((side) => `${of(side).toFixed(1).padStart(8)} ${(of(side) / a).toFixed(2).padStart(6)}`)
          .join(''),
    );
  };
  line('Neo4j start-up s', (side) => mean(startups.filter((s) => s.side === side).map((s) => s.ms / 1000)));
  for (let index = 0; index < imports; index++) {
    const of = (side: Side) => runs.filter((r) => r.side === side && r.index === index);
    const label = index === 0 ? 'cold' : index === 1 ? 'warm' : `import ${index + 1}`;
    const cpuOf = (pick: (cpu: RunCpu) => number | null) => (side: Side) =>
      mean(of(side).map((r) => pick(r.cpu) ?? NaN));
    line(`${label}: elapsed s`, (side) => mean(of(side).map((r) => r.ms / 1000)));
    line(
      `${label}: Neo4j CPU s`,
      cpuOf((c) => c.neo4jSeconds),
    );
    for (const group of THREAD_GROUPS) {
      const groupOf = cpuOf((c) => c.neo4jThreads?.[group] ?? null);
      if (sides.some((side) => groupOf(side) >= 0.5)) line(`${label}:   ${group}`, groupOf);
    }
    for (const [name, pick] of [
      ['JIT s (counter)', (c: JvmCounters) => c.jitSeconds],
      ['class loading s (counter)', (c: JvmCounters) => c.classLoadSeconds],
      ['GC pauses s (counter)', (c: JvmCounters) => c.gcSeconds],
    ] as const)
      line(
        `${label}:   ${name}`,
        cpuOf((c) => (c.jvm === null ? null : pick(c.jvm))),
      );
  }
  const all = [...shapes.values()];
  say(`same graph in every import: ${all.every((s) => s === all[0])}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
