import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** A paginated list costs its page size times what each item asks for. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args['first'] === 'number' ? 1 + args['first'] * Math.max(1, childComplexity) : undefined;

/**
 * Refuses an operation whose estimated cost exceeds `max` before anything runs, so one request
 * cannot ask for a hundred accounts × a hundred people × their influence graph.
 */
export function queryComplexityLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Estimating coerces the variables first: a bad variable is the caller's error.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            throw error;
          }
          if (complexity > max) {
            throw new GraphQLError(
              `The query is too expensive (estimated cost ${complexity}, limit ${max}): ask for smaller pages or fewer nested lists`,
              {
                extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity: max, http: { status: 400 } },
              },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
