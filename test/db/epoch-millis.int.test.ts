import { instantOfEpochMillis } from '../../src/db/values';
import { connectTestGraph, firstColumn, type TestGraph } from '../support/graph';

/**
 * The stakeholder map reads its last-interaction date-times as `.epochMillis` (cheaper for the
 * driver to decode); the answer must be the same string the date-time itself gave. Compared on
 * Neo4j's own values: offsets, fractions finer than a millisecond, before 1970, zone names,
 * years below 100 and the last representable second.
 */
describe('date-times read as epoch milliseconds', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('epoch-millis');
  });
  afterAll(() => graph.close());

  const values = [
    '2026-11-10T09:30:00Z',
    '2026-03-04T10:15:30.123456789+02:00',
    '2026-01-01T00:00:00.5-00:30',
    '1969-12-31T23:59:59.9995Z',
    '1900-01-01T00:00:00.001-05:00',
    '0042-06-15T12:00:00Z',
    '9999-12-31T23:59:59.999999999Z',
    '2026-07-01T12:00:00[Europe/Paris]',
  ];

  it('gives the same ISO instant as the date-time itself', async () => {
    const rows = await firstColumn<{ at: string; ms: number }>(
      graph.driver,
      'UNWIND $values AS v WITH datetime(v) AS dt RETURN {at: dt, ms: dt.epochMillis}',
      { values },
    );
    expect(rows).toHaveLength(values.length);
    for (const { at, ms } of rows) expect(instantOfEpochMillis(ms)).toBe(at);
    expect(rows.map(({ ms }) => instantOfEpochMillis(ms))).toEqual([
      '2026-11-10T09:30:00.000Z',
      '2026-03-04T08:15:30.123Z',
      '2026-01-01T00:30:00.500Z',
      '1969-12-31T23:59:59.999Z',
      '1900-01-01T05:00:00.001Z',
      '0042-06-15T12:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2026-07-01T10:00:00.000Z',
    ]);
  });
});
