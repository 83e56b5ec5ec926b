import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { jitDifference, readJitLog } from './jit-log';

const USAGE = `Usage: node dist/bench/import/jit-log-diff.js --a <log> --b <log> [--top N]

Compares what HotSpot's C2 compiler spent, by class, in two logs written with
--jvm-options="-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=/tmp/jit-%p.log"
(%p is the JVM's pid, so with bench:import --order fresh each side's fresh Neo4j writes a file of
its own, holding its cold and its warm run). Prints each log's C2 seconds and compiles, then the
classes A spent the most more time on than B. Seconds are wall-clock on the compiler thread, from the log's stamps.`;

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    { a: { type: 'string' }, b: { type: 'string' }, top: { type: 'string', default: '30' } },
    USAGE,
  );
  const pathA = values.a;
  const pathB = values.b;
  if (pathA === undefined || pathB === undefined) throw new Error(`Give two log files\n\n${USAGE}`);
  const top = wholeOption('top', values.top);
  const [a, b] = await Promise.all([readJitLog(pathA), readJitLog(pathB)]);
  say(`A ${pathA}: C2 ${a.seconds.toFixed(1)} s, ${a.compiles} compiles`);
  say(`B ${pathB}: C2 ${b.seconds.toFixed(1)} s, ${b.compiles} compiles`);
  say('     A s    B s  A - B  class');
  for (const row of jitDifference(a, b).slice(0, top)) {
    say(
      `${row.a.toFixed(2).padStart(8)} ${row.b.toFixed(2).padStart(6)} ${row.difference.toFixed(2).padStart(6)}  ${row.className}`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
