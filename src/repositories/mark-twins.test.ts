import { markTwins } from './portfolio-write.repository';

describe('markTwins', () => {
  it('tells an id from a number that prints the same, and keys whose parts would run together', () => {
    const ids = [{ id: '1' }, { id: 1 }];
    expect(markTwins(ids)).toBe(ids);
    const pairs = [
      { from: 'a:b', to: 'c' },
      { from: 'a', to: 'b:c' },
      { from: 'a', to: null },
      { from: null, to: 'a' },
      { from: 'a', to: 'null' },
    ];
    expect(markTwins(pairs, ['from', 'to'])).toBe(pairs);
  });

  it('marks the second row of a multi-field key, and never a row with no key field set', () => {
    const rows = [{ from: 'a', to: 'b' }, { from: 'a', to: 'b', note: 'again' }, { other: 1 }, { other: 2 }];
    expect(markTwins(rows, ['from', 'to'])).toEqual([rows[0], { ...rows[1], twin: true }, rows[2], rows[3]]);
  });
});
