import { pageInMemory } from './in-memory-page';

describe('pageInMemory', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, score: 10 - i }));
  const page = (first: number, after?: string | null) =>
    pageInMemory(
      items,
      first,
      after,
      (x) => x.id,
      (x) => x.score,
    );

  it('walks a computed ranking page by page', () => {
    const one = page(2);
    expect(one.items.map((x) => x.id)).toEqual(['a', 'b']);
    expect(one.hasNextPage).toBe(true);
    const two = page(2, one.cursorOf(one.items[1]!));
    expect(two.items.map((x) => x.id)).toEqual(['c', 'd']);
    const three = page(2, two.cursorOf(two.items[1]!));
    expect(three.items.map((x) => x.id)).toEqual(['e']);
    expect(three.hasNextPage).toBe(false);
    expect(three.totalCount).toBe(5);
  });
});
