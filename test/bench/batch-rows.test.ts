import { batchRowCount } from '../../bench/import/batch-rows';

describe('batchRowCount', () => {
  it('counts a batch sent as rows or as columns, and nothing else', () => {
    expect(batchRowCount({ rows: [{ id: 'a' }, { id: 'b' }], tenantId: 't' })).toBe(2);
    expect(batchRowCount({ columns: { id: ['a', 'b', 'c'], ref: [0, 1, 2] } })).toBe(3);
    expect(batchRowCount({ columns: {} })).toBeNull();
    expect(batchRowCount({ tenantId: 't' })).toBeNull();
  });
});
