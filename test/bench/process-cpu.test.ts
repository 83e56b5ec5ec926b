import {
  cpuByThreadGroup,
  cpuSecondsFromStat,
  cpuSecondsOf,
  formatThreadGroups,
  threadCpuOf,
  threadGroupOf,
  type ThreadCpu,
} from '../../bench/import/process-cpu';

describe('a process’s CPU seconds for bench:import', () => {
  it('adds user and system time, counting fields from the end of the command name', () => {
    // A JVM whose thread name holds a space and a parenthesis: utime 6,500 and stime 270 ticks.
    const stat =
      '4242 (java (main) x) S 1 4242 4242 0 -1 4194560 92051 0 12 0 6500 270 0 0 20 0 61 0 1234 ' +
      '5000000000 120000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0';
    expect(cpuSecondsFromStat(stat)).toBeCloseTo(67.7, 5);
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => cpuSecondsFromStat('not a stat line')).toThrow(/Not a \/proc stat line/);
  });

  it('reads this process, and gives null for no process', () => {
    if (process.platform === 'linux') expect(cpuSecondsOf(process.pid)).toBeGreaterThanOrEqual(0);
    expect(cpuSecondsOf(undefined)).toBeNull();
    expect(cpuSecondsOf(2 ** 30)).toBeNull();
  });
});

describe('the Neo4j JVM’s CPU by thread group', () => {
  it('names a thread’s group from its /proc comm (15 characters at most)', () => {
    expect(threadGroupOf('C2 CompilerThre')).toBe('JIT C2');
    expect(threadGroupOf('C1 CompilerThre')).toBe('JIT C1');
    expect(threadGroupOf('GC Thread#1')).toBe('GC');
    expect(threadGroupOf('G1 Conc#0')).toBe('GC');
    expect(threadGroupOf('G1 Refine#0')).toBe('GC');
    expect(threadGroupOf('VM Thread')).toBe('VM thread');
    expect(threadGroupOf('neo4j.BoltWorke')).toBe('Bolt workers');
    expect(threadGroupOf('neo4j.BoltNetwo')).toBe('Bolt network');
    expect(threadGroupOf('neo4j.CheckPoin')).toBe('Neo4j other');
    expect(threadGroupOf('main')).toBe('JVM other');
  });

  it('counts each live thread’s CPU since the first snapshot, and the rest as exited threads', () => {
    const before: ThreadCpu = new Map([
      [1, { comm: 'C2 CompilerThre', seconds: 10 }],
      [2, { comm: 'GC Thread#0', seconds: 1 }],
      [3, { comm: 'neo4j.BoltWorke', seconds: 2 }],
      // Ends before the second snapshot, after 1.5 s more.
      [4, { comm: 'C1 CompilerThre', seconds: 4 }],
      // Its id is reused by another thread: that one counts from zero.
      [5, { comm: 'neo4j.Scheduler', seconds: 7 }],
    ]);
    const after: ThreadCpu = new Map([
      [1, { comm: 'C2 CompilerThre', seconds: 25 }],
      [2, { comm: 'GC Thread#0', seconds: 3 }],
      [3, { comm: 'neo4j.BoltWorke', seconds: 12 }],
      [5, { comm: 'neo4j.BoltWorke', seconds: 0.5 }],
      // Started in between.
      [6, { comm: 'GC Thread#1', seconds: 2 }],
    ]);
    // The process's own figure: 15 + 2 + 10 + 0.5 + 2 live, and 1.5 from thread 4.
    const groups = cpuByThreadGroup(before, after, 31);
    expect(groups['JIT C2']).toBeCloseTo(15, 5);
    expect(groups['GC']).toBeCloseTo(4, 5);
    expect(groups['Bolt workers']).toBeCloseTo(10.5, 5);
    expect(groups['JIT C1']).toBe(0);
    expect(groups['exited threads']).toBeCloseTo(1.5, 5);
    expect(formatThreadGroups(groups)).toBe('JIT C2 15.0, Bolt workers 10.5, GC 4.0, exited threads 1.5');
  });

  it('reads this process’s threads, and gives null for no process', () => {
    if (process.platform === 'linux') {
      const threads = threadCpuOf(process.pid);
      expect(threads?.size).toBeGreaterThan(0);
      expect(threads?.get(process.pid)?.seconds).toBeGreaterThanOrEqual(0);
    }
    expect(threadCpuOf(undefined)).toBeNull();
    expect(threadCpuOf(2 ** 30)).toBeNull();
  });
});
