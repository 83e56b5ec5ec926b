import { jitDifference, summariseJitLog } from '../../bench/import/jit-log';

const log = (lines: string[]) => summariseJitLog(lines);

describe('summariseJitLog', () => {
  it('sums C2 tasks (no level, or level 4) by class from their stamps, and skips C1 tiers', () => {
    const summary = log([
      "<task compile_id='10' method='org.neo4j.A run (I)V' bytes='10' count='5000' iicount='5000' stamp='1.500'>",
      "<task_done success='1' nmsize='100' count='5000' stamp='1.750'/>",
      "<task compile_id='11' method='org.neo4j.A stop ()V' bytes='10' level='3' stamp='2.000'>",
      "<task_done success='1' nmsize='100' stamp='2.010'/>",
      "<task compile_id='12' compile_kind='osr' method='org.neo4j.B loop ()V' bytes='99' osr_bci='4' stamp='3.000'>",
      "<task_done success='1' nmsize='400' stamp='3.500'/>",
      "<task compile_id='13' method='org/neo4j/A run (J)V' bytes='10' level='4' stamp='4.000'>",
      "<task_done success='0' stamp='4.250'/>",
    ]);
    expect(summary.compiles).toBe(3);
    expect(summary.seconds).toBeCloseTo(1.0);
    expect(summary.byClass.get('org.neo4j.A')).toEqual({ seconds: 0.5, compiles: 2 });
    expect(summary.byClass.get('org.neo4j.B')).toEqual({ seconds: 0.5, compiles: 1 });
  });

  it('ranks classes by how much more time the first log spent on them', () => {
    const a = log([
      "<task method='x/A m ()V' level='4' stamp='0'>",
      "<task_done stamp='2'/>",
      "<task method='x/B m ()V' level='4' stamp='2'>",
      "<task_done stamp='3'/>",
    ]);
    const b = log(["<task method='x/B m ()V' level='4' stamp='0'>", "<task_done stamp='1.5'/>"]);
    expect(jitDifference(a, b).map((row) => [row.className, row.difference])).toEqual([
      ['x.A', 2],
      ['x.B', -0.5],
    ]);
  });
});
