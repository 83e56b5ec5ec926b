import { batchIsFull } from './batch-cut';

const rows = (...accounts: Array<string | null>) => accounts.map((accountId, id) => ({ id, accountId }));

describe('batchIsFull', () => {
  it('is not full below the batch size, whatever the accounts', () => {
    expect(batchIsFull(rows('a', 'b'), { accountId: 'c' }, 3, true)).toBe(false);
  });

  it('cuts a full batch where the account changes, not inside an account', () => {
    expect(batchIsFull(rows('a', 'b', 'b'), { accountId: 'b' }, 3, true)).toBe(false);
    expect(batchIsFull(rows('a', 'b', 'b', 'b'), { accountId: 'c' }, 3, true)).toBe(true);
  });

  it('cuts at 1.5 x the batch size even inside one account', () => {
    expect(batchIsFull(rows('a', 'a', 'a', 'a', 'a'), { accountId: 'a' }, 4, true)).toBe(false);
    expect(batchIsFull(rows('a', 'a', 'a', 'a', 'a', 'a'), { accountId: 'a' }, 4, true)).toBe(true);
  });

  it('cuts at the batch size for records without an account, or when told to', () => {
    expect(batchIsFull([{ id: 1 }, { id: 2 }], { id: 3 }, 2, true)).toBe(true);
    expect(batchIsFull(rows('a', null), { accountId: null }, 2, true)).toBe(true);
    expect(batchIsFull(rows('a', 'a'), { accountId: 'a' }, 2, false)).toBe(true);
  });
});
