import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * What HotSpot's C2 compiler spent, by class, in a log written with
 * `-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=<file>` (an XML stream: each
 * compile is a `<task … method='pkg/Class name (sig)' … stamp='s'>` and ends with a
 * `<task_done … stamp='s'/>`). Seconds are the stamps' difference, wall-clock on the compiler
 * thread. Only C2's tasks count: Java 17 writes C1's with their tier (`level='1'` to `'3'`) and
 * C2's with no level (or `level='4'`).
 */
export interface JitSummary {
  seconds: number;
  compiles: number;
  /** Class (`org.neo4j.kernel.impl.newapi.Operations`) → C2 seconds and compiles. */
  byClass: Map<string, { seconds: number; compiles: number }>;
}

const TASK = /^<task .*?method='([^' ]+)[^']*'.*?stamp='([\d.]+)'/;
const LEVEL = / level='(\d)'/;
const DONE = /^<task_done .*?stamp='([\d.]+)'/;

/** Folds the log's lines into C2 time per class (lines in the order the log has them). */
export function summariseJitLog(lines: Iterable<string>): JitSummary {
  const summary: JitSummary = { seconds: 0, compiles: 0, byClass: new Map() };
  let open: { className: string; start: number } | null = null;
  for (const line of lines) {
    const task = TASK.exec(line);
    if (task) {
      const level = LEVEL.exec(line)?.[1];
      open =
        level === undefined || level === '4'
          ? { className: (task[1] ?? '').replaceAll('/', '.'), start: Number(task[2]) }
          : null;
      continue;
    }
    const done = DONE.exec(line);
    if (done && open) {
      const seconds = Number(done[1]) - open.start;
      const entry = summary.byClass.get(open.className) ?? { seconds: 0, compiles: 0 };
      entry.seconds += seconds;
      entry.compiles += 1;
      summary.byClass.set(open.className, entry);
      summary.seconds += seconds;
      summary.compiles += 1;
      open = null;
    }
  }
  return summary;
}

export async function readJitLog(path: string): Promise<JitSummary> {
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  // Only the lines that open or close a task: the log is hundreds of MB of inlining decisions.
  for await (const line of reader) if (line.startsWith('<task')) lines.push(line);
  return summariseJitLog(lines);
}

/** Classes by how much more C2 time `a` spent on them than `b`, largest first. */
export function jitDifference(
  a: JitSummary,
  b: JitSummary,
): Array<{ className: string; a: number; b: number; difference: number }> {
  const classes = new Set([...a.byClass.keys(), ...b.byClass.keys()]);
  return [...classes]
    .map((className) => {
      const inA = a.byClass.get(className)?.seconds ?? 0;
      const inB = b.byClass.get(className)?.seconds ?? 0;
      return { className, a: inA, b: inB, difference: inA - inB };
    })
    .sort((x, y) => y.difference - x.difference);
}
