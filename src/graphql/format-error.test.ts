import { GraphQLError } from 'graphql';
import { AppError, NotFoundError } from '../domain/errors';
import { createErrorFormatter } from './format-error';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['account'] });
}

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter({ error: (details) => logged.push(details) });

  it('keeps the code, message and details of our own errors', () => {
    const error = resolverError(new NotFoundError('Account', 'acc-1'));
    expect(format({ message: error.message, path: ['account'] }, error)).toEqual({
      message: "Account 'acc-1' was not found",
      path: ['account'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', entity: 'Account', id: 'acc-1' },
    });
  });

  it('hides anything unexpected behind a generic INTERNAL_SERVER_ERROR and logs it', () => {
    const leak = new Error(
      'Neo.ClientError.Statement.SyntaxError: MATCH (a:Account {tenantId: $tenantId}) RETURN',
    );
    const error = resolverError(leak);
    const formatted = format({ message: error.message, extensions: { stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/MATCH|Neo\.|stacktrace/);
    expect(logged).toHaveLength(1);
  });

  it('does not trust an AppError marked internal to carry a safe message', () => {
    const error = resolverError(new AppError('INTERNAL_SERVER_ERROR', 'raw driver text'));
    expect(format({ message: error.message }, error).message).toBe('Internal server error');
  });
});
