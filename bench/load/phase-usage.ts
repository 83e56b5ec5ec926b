import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Where one phase of the load test spent the machine: CPU seconds of this Node process (the
 * server and the bench's clients share it) and of the Neo4j JVM, and how late the event loop
 * ran its callbacks. Tells whether the attack slows the cheap screens through the database or
 * through the server's single event loop.
 */
export interface PhaseUsage {
  nodeCpuSeconds: number;
  neo4jCpuSeconds: number | null;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** CPU seconds (user + system) of a process from /proc (Linux); null elsewhere. */
function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Starts measuring; the returned function stops and gives the phase's figures. */
export function measurePhase(neo4jPid: number | undefined): () => PhaseUsage {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const cpu = process.cpuUsage();
  const neo4j = processCpuSeconds(neo4jPid);
  return () => {
    delay.disable();
    const used = process.cpuUsage(cpu);
    const neo4jNow = processCpuSeconds(neo4jPid);
    return {
      nodeCpuSeconds: (used.user + used.system) / 1e6,
      neo4jCpuSeconds: neo4j === null || neo4jNow === null ? null : neo4jNow - neo4j,
      loopDelayP50Ms: delay.percentile(50) / 1e6,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
      loopDelayMaxMs: delay.max / 1e6,
    };
  };
}
