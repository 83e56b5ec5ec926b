import neo4j from 'neo4j-driver';
import { toNative } from './values';

describe('toNative', () => {
  it('turns driver values inside maps and lists into plain JavaScript', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { name: 'Ana', age: neo4j.int(41) }, 'e1');
    const value = {
      count: neo4j.int(7),
      day: new neo4j.types.Date(2026, 12, 7),
      at: new neo4j.types.DateTime(2026, 12, 7, 4, 30, 0, 0, 0),
      weight: 0.5,
      name: 'x',
      missing: null,
      nested: { list: [neo4j.int(1), { deeper: new neo4j.types.Date(2025, 1, 31) }] },
      node,
    };
    expect(toNative(value)).toEqual({
      count: 7,
      day: '2026-12-07',
      at: '2026-12-07T04:30:00.000Z',
      weight: 0.5,
      name: 'x',
      missing: null,
      nested: { list: [1, { deeper: '2025-01-31' }] },
      node: { name: 'Ana', age: 41 },
    });
  });

  it('copies, never hands back the driver object', () => {
    const map = { a: { b: 1 } };
    const copy = toNative(map) as typeof map;
    expect(copy).toEqual(map);
    expect(copy).not.toBe(map);
    expect(copy.a).not.toBe(map.a);
  });

  it('answers null for undefined', () => {
    expect(toNative(undefined)).toBeNull();
    expect(toNative([undefined])).toEqual([null]);
  });
});

describe('toNative of date-times', () => {
  it('gives the instant the driver gives, for offsets, fractions, old and far dates', () => {
    const cases = [
      new neo4j.types.DateTime(2026, 12, 7, 4, 30, 0, 0, 0),
      new neo4j.types.DateTime(2025, 3, 30, 1, 59, 59, 999_999_999, 3600),
      new neo4j.types.DateTime(2024, 2, 29, 23, 0, 1, 1_500_000, -34_200),
      new neo4j.types.DateTime(
        neo4j.int(1970),
        neo4j.int(1),
        neo4j.int(1),
        neo4j.int(0),
        neo4j.int(0),
        neo4j.int(0),
        neo4j.int(0),
        neo4j.int(0),
      ),
      new neo4j.types.DateTime(1969, 12, 31, 23, 59, 59, 1, 50_400),
      new neo4j.types.DateTime(101, 1, 1, 0, 0, 0, 0, 0),
      new neo4j.types.DateTime(42, 6, 15, 12, 0, 0, 0, 0),
      new neo4j.types.DateTime(9999, 12, 31, 23, 59, 59, 999_000_000, -64_800),
    ];
    for (const value of cases) expect(toNative(value)).toBe(value.toStandardDate().toISOString());
  });
});
