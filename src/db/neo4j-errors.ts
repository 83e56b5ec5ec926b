import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../domain/errors';

/**
 * Neo4j's failures in the project's terms. The Neo4j message (which may quote Cypher or data)
 * and the name of the statement stay on the error for the log (`cause`, `queryName`); the
 * client-facing message and details are ours and name nothing internal.
 */
export function mapNeo4jError(error: unknown, queryName: string): AppError {
  if (error instanceof AppError) return error;
  const mapped = classify(error);
  Object.defineProperty(mapped, 'queryName', { value: queryName, enumerable: false });
  return mapped;
}

/** The statement a mapped error came from, for logs only. */
export function queryNameOf(error: unknown): string | undefined {
  return (error as { queryName?: string } | null)?.queryName;
}

function classify(error: unknown): AppError {
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new AppError('CONFLICT', 'The change conflicts with existing data', {}, { cause: error });
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new AppError('TIMEOUT', 'The query took longer than the allowed time', {}, { cause: error });
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
      return new AppError(
        'SERVICE_UNAVAILABLE',
        'The graph database is not reachable right now',
        {},
        { cause: error },
      );
    }
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'Internal server error', {}, { cause: error });
}
