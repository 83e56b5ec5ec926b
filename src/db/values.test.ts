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
