import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../domain/errors';

/** Codes Apollo itself assigns to requests that never reached a resolver; they are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  // Refusals of the request guards (alias/field limit, tenant limits, time limit, database down).
  'TOO_MANY_REQUESTS',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
]);

export interface ErrorLogger {
  error(details: object, message: string): void;
}

/**
 * The one place that decides what a client learns about a failure: our own errors keep their
 * code, message and safe details; anything unexpected becomes a generic INTERNAL_SERVER_ERROR
 * (and is logged with its cause), so no Neo4j message, Cypher text or stack leaves the server.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError && original.code !== 'INTERNAL_SERVER_ERROR') {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.map((e) => ({
        field: e.property,
        problems: Object.values(e.constraints ?? {}),
        children: e.children?.map((c) => ({
          field: c.property,
          problems: Object.values(c.constraints ?? {}),
        })),
      }));
      const summary = fields.map((f) => `${f.field}: ${f.problems.join(', ') || 'invalid'}`).join('; ');
      return {
        ...base,
        message: `Invalid argument: ${summary}`,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !(original instanceof AppError)) {
      const { stacktrace: _stacktrace, ...safe } = formatted.extensions ?? {};
      return { ...base, message: formatted.message, extensions: { ...safe, code } };
    }
    logger.error({ err: original, path: formatted.path }, 'Unexpected error while resolving');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
