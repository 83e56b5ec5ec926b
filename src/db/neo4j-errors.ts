import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../domain/errors';

/**
 * Neo4j's failures in the project's terms. The Neo4j message (which may quote Cypher or data)
 * stays in `cause` for the log; the client-facing message is ours.
 */
export function mapNeo4jError(error: unknown, queryName: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new AppError(
        'CONFLICT',
        'The change conflicts with existing data',
        { queryName },
        { cause: error },
      );
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new AppError(
        'TIMEOUT',
        'The query took longer than the allowed time',
        { queryName },
        { cause: error },
      );
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
      return new AppError(
        'SERVICE_UNAVAILABLE',
        'The graph database is not reachable right now',
        { queryName },
        { cause: error },
      );
    }
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'Internal server error', { queryName }, { cause: error });
}
