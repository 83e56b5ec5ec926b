import { jvmFlags } from '../../src/embedded/embedded-neo4j';

describe('the embedded Neo4j’s JVM flags', () => {
  it('are the defaults, G1 among them, when nothing is added', () => {
    const flags = jvmFlags([]);
    expect(flags).toContain('-XX:+UseG1GC');
    expect(flags).toContain('-XX:+DisableExplicitGC');
  });

  it('put added flags after the defaults, so a later value wins', () => {
    const flags = jvmFlags(['-XX:TieredStopAtLevel=1']);
    expect(flags.at(-1)).toBe('-XX:TieredStopAtLevel=1');
    expect(flags).toContain('-XX:+UseG1GC');
  });

  it('drop G1 when another collector is chosen (the JVM refuses two)', () => {
    const flags = jvmFlags(['-XX:+UseParallelGC']);
    expect(flags).not.toContain('-XX:+UseG1GC');
    expect(flags.filter((flag) => /^-XX:\+Use\w+GC$/.test(flag))).toEqual(['-XX:+UseParallelGC']);
  });
});
