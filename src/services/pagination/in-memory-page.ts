import type { Page } from '../../domain/read-models';
import { decodeCursor, encodeCursor } from './cursor';

/**
 * A page of a list already computed in full (a ranking scored in memory). The cursor carries
 * the item's sort key and id; paging resumes after that id.
 */
export function pageInMemory<T>(
  items: readonly T[],
  first: number,
  after: string | null | undefined,
  idOf: (item: T) => string,
  keyOf: (item: T) => string | number,
): Page<T> {
  const position = decodeCursor(after);
  const start = position === null ? 0 : items.findIndex((item) => idOf(item) === position.id) + 1;
  return {
    items: items.slice(start, start + first),
    totalCount: items.length,
    hasNextPage: start + first < items.length,
    cursorOf: (item) => encodeCursor({ key: keyOf(item), id: idOf(item) }),
  };
}
