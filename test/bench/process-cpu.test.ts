import { cpuSecondsFromStat, cpuSecondsOf } from '../../bench/import/process-cpu';

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
