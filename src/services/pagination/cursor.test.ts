import { AppError } from '../../domain/errors';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips string and numeric keys', () => {
    expect(decodeCursor(encodeCursor({ key: 'acme', id: 'acc-1' }))).toEqual({ key: 'acme', id: 'acc-1' });
    expect(decodeCursor(encodeCursor({ key: 1250.5, id: 'acc-2' }))).toEqual({ key: 1250.5, id: 'acc-2' });
  });

  it('treats an absent cursor as the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it.each([
    'not-base64-json',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
  ])('rejects %s with a BAD_USER_INPUT naming the field', (cursor) => {
    try {
      decodeCursor(cursor, 'after');
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).details).toEqual({ field: 'after' });
    }
  });
});
