import type { ApolloServerPlugin } from '@apollo/server';
import { HOOK_DONE } from './hook-done';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** Errors of the GraphQL request itself (not of the HTTP request, not of executing it). */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The status of a GraphQL request error follows the GraphQL-over-HTTP spec's media types: a
 * client that accepts `application/graphql-response+json` (Apollo Client, urql, graphql-http's
 * client) gets 400 for a document that does not parse or validate, a variable that does not
 * coerce or an operation over the cost limit; a legacy client that accepts only
 * `application/json` gets 200 with the same `errors` (the spec: "SHOULD use 200" there, since
 * such clients treat any other status as a transport failure). No request error is ever a 500.
 */
export function requestErrorStatus(): ApolloServerPlugin {
  return {
    requestDidStart: ({ request }) =>
      Promise.resolve({
        willSendResponse({ response }) {
          const accept = request.http?.headers.get('accept') ?? '';
          if (accept.includes(GRAPHQL_RESPONSE)) return HOOK_DONE;
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.data !== undefined) return HOOK_DONE;
          const codes = (body.singleResult.errors ?? []).map((e) => e.extensions?.['code']);
          if (codes.length > 0 && codes.every((c) => typeof c === 'string' && REQUEST_ERROR_CODES.has(c))) {
            response.http.status = 200;
          }
          return HOOK_DONE;
        },
      }),
  };
}
