import { readFileSync } from 'node:fs';

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
