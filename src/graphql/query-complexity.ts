import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { priceOf } from './field-costs';
import { HOOK_DONE } from './hook-done';

/**
 * A priced field costs its price plus what it selects (a portfolio view's price already counts
 * its rows, and each row's selection is added `first` times); any other list with `first`
 * costs its page size times what each item asks for; everything else costs 1.
 */
const pricedFieldEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const price = priceOf(type.name, field.name, args);
  if (price === undefined) return undefined;
  const rows = typeof args['first'] === 'number' ? args['first'] : 1;
  return price + rows * childComplexity;
};

const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args['first'] === 'number' ? 1 + args['first'] * Math.max(1, childComplexity) : undefined;

/** The estimated cost of an operation; a bad variable is the caller's error. */
export function estimateCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [pricedFieldEstimator, pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
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
}

/** Distinct operation + variables remembered per document (ids in variables make many). */
const MAX_ESTIMATES_PER_DOCUMENT = 64;

/** Where a request's estimated cost is kept for the plugins after this one (tenant budget, metrics). */
export const COST_KEY = Symbol('estimatedCost');

/**
 * Refuses an operation whose estimated cost exceeds `max` before anything runs, so one request
 * cannot ask for a hundred account plans or a hundred accounts × their people × their influence.
 */
export function queryComplexityLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  // Apollo hands over the same parsed document for the same text (its document cache), and a
  // cost depends only on the document, the operation and the variables: estimates are kept per
  // document object (gone with it) and per operation + variables, a few per document.
  const estimates = new WeakMap<object, Map<string, number>>();
  const costOf = (
    document: Parameters<typeof estimateCost>[1],
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number => {
    let known = estimates.get(document);
    if (!known) estimates.set(document, (known = new Map<string, number>()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const cost = estimateCost(schema, document, operationName, variables);
    if (known.size >= MAX_ESTIMATES_PER_DOCUMENT) known.clear();
    known.set(key, cost);
    return cost;
  };
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document, contextValue }) {
          const complexity = costOf(document, request.operationName, request.variables);
          (contextValue as Record<symbol, unknown>)[COST_KEY] = complexity;
          if (complexity > max) {
            throw new GraphQLError(
              `The query is too expensive (estimated cost ${complexity}, limit ${max}): ask for fewer analytics per request, smaller pages or shallower traversals`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  complexity,
                  maxComplexity: max,
                  http: { status: 400 },
                },
              },
            );
          }
          return HOOK_DONE;
        },
      }),
  };
}
