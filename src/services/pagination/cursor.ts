import { BadInputError } from '../../domain/errors';

/**
 * Opaque Relay cursors: the sort key and id of the last item seen, as base64url JSON. Paging
 * by key (not offset) stays correct when rows are added or removed between requests.
 */
export interface CursorPosition {
  key: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): CursorPosition | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the error below: a cursor is only ever one we produced.
  }
  throw new BadInputError(`'${field}' is not a cursor this API produced`, { field });
}
