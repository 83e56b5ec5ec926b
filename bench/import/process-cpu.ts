import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux build that matters). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) in one `/proc/<pid>/stat` line. The fields after the command name
 * are counted from its closing parenthesis: the name itself may hold spaces and parentheses.
 */
export function cpuSecondsFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name and state.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`Not a /proc stat line: ${stat}`);
  return (utime + stime) / TICKS_PER_SECOND;
}

/**
 * CPU seconds (user + system, all threads: Cypher, commits, the JIT compilers, GC) a process has
 * used so far, from /proc/<pid>/stat; null where there is no /proc or no such process. The
 * machine is shared, so a run's elapsed time follows the load; the CPU the Neo4j JVM spent on it
 * much less so.
 */
export function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return cpuSecondsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * What a JVM thread does, from its name in /proc/<pid>/task/<tid>/comm (at most 15 characters,
 * so `C2 CompilerThread0` reads `C2 CompilerThre`). Separates the cold run's extra CPU into JIT
 * compilation (the compiler threads), garbage collection, and the work itself (Bolt workers run
 * the statements, interpreted or compiled: code running slowly before it is compiled shows here).
 */
export const THREAD_GROUPS = [
  'JIT C2',
  'JIT C1',
  'GC',
  'VM thread',
  'Bolt workers',
  'Bolt network',
  'Neo4j other',
  'JVM other',
  'exited threads',
] as const;
export type ThreadGroup = (typeof THREAD_GROUPS)[number];

export function threadGroupOf(comm: string): Exclude<ThreadGroup, 'exited threads'> {
  const name = comm.trim();
  if (name.startsWith('C2 CompilerThre')) return 'JIT C2';
  if (name.startsWith('C1 CompilerThre')) return 'JIT C1';
  // G1's workers (GC Thread#n), its concurrent marker and refinement threads, Parallel/Serial's
  // own; the VM thread is apart: it also runs Serial's collections and every safepoint operation.
  if (/^(GC Thread|G1 |GC |ParGC|PSY|Conc)/.test(name)) return 'GC';
  if (name === 'VM Thread') return 'VM thread';
  // Workers run the statements and commit them; the network threads read and write the messages.
  if (name.startsWith('neo4j.BoltWorke')) return 'Bolt workers';
  if (name.startsWith('neo4j.BoltNetwo')) return 'Bolt network';
  if (name.startsWith('neo4j')) return 'Neo4j other';
  return 'JVM other';
}

/** One thread's name and CPU seconds so far, by thread id. */
export type ThreadCpu = Map<number, { comm: string; seconds: number }>;

/** Every live thread of a process with its CPU so far; null where there is no /proc or no such process. */
export function threadCpuOf(pid: number | undefined): ThreadCpu | null {
  if (pid === undefined) return null;
  try {
    const threads: ThreadCpu = new Map();
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const seconds = cpuSecondsFromStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
        threads.set(Number(tid), { comm, seconds });
      } catch {
        // The thread ended between the listing and the read: its CPU is counted as exited.
      }
    }
    return threads;
  } catch {
    return null;
  }
}

/**
 * CPU seconds per thread group between two snapshots. A thread that started in between counts
 * from zero; a thread that ended in between is gone from the second snapshot, so what the whole
 * process used (`processSeconds`) less the live threads' sum is put under `exited threads`.
 */
export function cpuByThreadGroup(
  before: ThreadCpu,
  after: ThreadCpu,
  processSeconds: number,
): Record<ThreadGroup, number> {
  const groups = Object.fromEntries(THREAD_GROUPS.map((g) => [g, 0])) as Record<ThreadGroup, number>;
  let live = 0;
  for (const [tid, thread] of after) {
    const earlier = before.get(tid);
    // A reused thread id under another name is another thread.
    const used =
      thread.seconds - (earlier !== undefined && earlier.comm === thread.comm ? earlier.seconds : 0);
    groups[threadGroupOf(thread.comm)] += used;
    live += used;
  }
  groups['exited threads'] = Math.max(0, processSeconds - live);
  return groups;
}

/** `JIT C2 12.3, GC 4.5, …`: the groups that used at least 0.05 s, largest first. */
export function formatThreadGroups(groups: Record<ThreadGroup, number>): string {
  return THREAD_GROUPS.filter((g) => groups[g] >= 0.05)
    .sort((a, b) => groups[b] - groups[a])
    .map((g) => `${g} ${groups[g].toFixed(1)}`)
    .join(', ');
}

/** What one benchmark run cost in CPU, the Neo4j JVM's and this process's. */
export interface RunCpu {
  /** The Neo4j JVM's CPU seconds during the run (null without /proc). */
  neo4jSeconds: number | null;
  /** This process's CPU seconds (the importer's reading, validating and hashing; ~0 for LOAD CSV). */
  nodeSeconds: number;
  /** The Neo4j JVM's CPU by thread group (JIT compilers, GC, Bolt workers, …); null without /proc. */
  neo4jThreads: Record<ThreadGroup, number> | null;
  /** What the Neo4j JVM's own counters grew by (JIT, class loading, GC; wall-clock); null without jcmd. */
  jvm: JvmCounters | null;
}

/** Where a run's CPU is counted from: the process's and each Neo4j thread's CPU at its start. */
export function startCpu(pid: number | undefined) {
  const jvm = jvmCountersOf(pid);
  return { pid, jvm, neo4j: cpuSecondsOf(pid), threads: threadCpuOf(pid), node: process.cpuUsage() };
}

/** The CPU used since `startCpu`. */
export function cpuOfRun(start: ReturnType<typeof startCpu>): RunCpu {
  const node = process.cpuUsage(start.node);
  const threadsAfter = threadCpuOf(start.pid);
  const neo4jAfter = cpuSecondsOf(start.pid);
  // Read after the CPU: jcmd's attach costs the JVM a little CPU of its own.
  const jvmAfter = start.jvm === null ? null : jvmCountersOf(start.pid);
  const neo4jSeconds = start.neo4j === null || neo4jAfter === null ? null : neo4jAfter - start.neo4j;
  return {
    neo4jSeconds,
    nodeSeconds: (node.user + node.system) / 1e6,
    neo4jThreads:
      start.threads === null || threadsAfter === null || neo4jSeconds === null
        ? null
        : cpuByThreadGroup(start.threads, threadsAfter, neo4jSeconds),
    jvm: start.jvm === null || jvmAfter === null ? null : counterGrowth(start.jvm, jvmAfter),
  };
}

/**
 * The HotSpot counters that say where a JVM's warm-up goes (`jcmd <pid> PerfCounter.print`), in
 * seconds: time in JIT compilation (all compiler threads together), class loading (parsing,
 * verifying, defining and initialising the classes a statement first needs) and GC pauses.
 * These are wall-clock times kept by the JVM, so on a loaded machine they run above CPU time.
 */
export interface JvmCounters {
  jitSeconds: number;
  compiles: number;
  classLoadSeconds: number;
  loadedClasses: number;
  gcSeconds: number;
}

/** The counters from `jcmd … PerfCounter.print` output (`name=value` lines); null if one is missing. */
export function jvmCountersFrom(output: string): JvmCounters | null {
  const values = new Map<string, number>();
  for (const line of output.split('\n')) {
    const match = /^([\w.]+)=(\d+)$/.exec(line.trim());
    if (match !== null) values.set(match[1]!, Number(match[2]));
  }
  const frequency = values.get('sun.os.hrt.frequency');
  const ticks = (name: string) => values.get(name);
  const needed = ['java.ci.totalTime', 'sun.ci.totalCompiles', 'sun.cls.time', 'java.cls.loadedClasses'];
  if (frequency === undefined || needed.some((name) => ticks(name) === undefined)) return null;
  let gcTicks = 0;
  for (const [name, value] of values) if (/^sun\.gc\.collector\.\d+\.time$/.test(name)) gcTicks += value;
  return {
    jitSeconds: ticks('java.ci.totalTime')! / frequency,
    compiles: ticks('sun.ci.totalCompiles')!,
    classLoadSeconds: ticks('sun.cls.time')! / frequency,
    loadedClasses: ticks('java.cls.loadedClasses')!,
    gcSeconds: gcTicks / frequency,
  };
}

/** A JVM's counters now, through `jcmd` (a JDK tool); null without it or without such a JVM. */
export function jvmCountersOf(pid: number | undefined): JvmCounters | null {
  if (pid === undefined) return null;
  try {
    const output = execFileSync('jcmd', [String(pid), 'PerfCounter.print'], {
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return jvmCountersFrom(output);
  } catch {
    return null;
  }
}

/** What the counters grew by between two readings. */
export function counterGrowth(before: JvmCounters, after: JvmCounters): JvmCounters {
  return {
    jitSeconds: after.jitSeconds - before.jitSeconds,
    compiles: after.compiles - before.compiles,
    classLoadSeconds: after.classLoadSeconds - before.classLoadSeconds,
    loadedClasses: after.loadedClasses - before.loadedClasses,
    gcSeconds: after.gcSeconds - before.gcSeconds,
  };
}

/** `JIT 31.2 s (5,120 compiles), class loading 8.1 s (6,400 classes), GC 1.2 s`. */
export function formatCounters(counters: JvmCounters): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `JIT ${counters.jitSeconds.toFixed(1)} s (${n(counters.compiles)} compiles), ` +
    `class loading ${counters.classLoadSeconds.toFixed(1)} s (${n(counters.loadedClasses)} classes), ` +
    `GC ${counters.gcSeconds.toFixed(1)} s`
  );
}
