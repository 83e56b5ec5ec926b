import { toColumns } from './batch-columns';

describe('toColumns', () => {
  it('gives one list per field, all of the batch length, null where a row has no value', () => {
    const rows = [
      { id: 'a', ref: 0, personIds: ['p1', 'p2'] },
      { id: 'b', ref: 1, personIds: [], twin: true },
      { id: 'c', ref: 2, personIds: ['p3'], subject: undefined },
    ];
    expect(toColumns(rows)).toEqual({
      id: ['a', 'b', 'c'],
      ref: [0, 1, 2],
      personIds: [['p1', 'p2'], [], ['p3']],
      twin: [null, true, null],
      subject: [null, null, null],
    });
  });

  it('gives no columns for no rows', () => {
    expect(toColumns([])).toEqual({});
  });
});
