import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AppError } from '../domain/errors';
import type { FairWorkQueue } from '../observability/fair-work-queue';
import { currentScope, type RequestScope } from '../observability/request-scope';
import type { GraphQLContext } from './context';
import { FIELD_PRICES, priceOf } from './field-costs';

/** The request was stopped while its unit waited for a turn: the same error a stopped statement gives. */
function stoppedWhileWaiting(scope: RequestScope): AppError {
  return new AppError(
    'TIMEOUT',
    scope.stopReason === 'CLIENT_GONE'
      ? 'The client closed the connection; the request was stopped'
      : `The request took longer than its time limit (${Math.round(scope.timeoutMs / 1000)} s) and was stopped`,
  );
}

/**
 * Runs `work` as one unit of heavy work of `tenant` for `request` (one object per request: its
 * units run one after another), giving up the wait if the current request is stopped.
 */
export function takeTurn<T>(
  queue: FairWorkQueue,
  tenant: string,
  request: object,
  work: () => Promise<T>,
): Promise<T> {
  const scope = currentScope();
  return queue.run(
    tenant,
    request,
    work,
    scope && { signal: scope.signal, error: () => stoppedWhileWaiting(scope) },
  );
}

/**
 * Root query fields whose price (field-costs.ts, with the call's own arguments) is at least
 * `minCost` resolve through the fair work queue: one unit per field, taken in turn across
 * tenants and one at a time within a request (src/observability/fair-work-queue.ts). Cheaper
 * fields resolve as before. Wraps the built schema's resolvers in place (the SDL is unchanged),
 * only on the priced root fields, as global-id-arguments does.
 */
export function queueHeavyRootFields(
  schema: GraphQLSchema,
  queue: FairWorkQueue,
  minCost: number,
): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  for (const field of Object.values(query.getFields())) {
    if (!(`${query.name}.${field.name}` in FIELD_PRICES)) continue;
    const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args: Record<string, unknown>, context: GraphQLContext, info) => {
      const cost = priceOf(query.name, field.name, args) ?? 0;
      if (cost < minCost) return resolve(source, args, context, info);
      const scope = currentScope();
      return queue.run(
        context.caller.tenantId,
        // One context per request: the request's units run one after another.
        context,
        async () => await resolve(source, args, context, info),
        scope && { signal: scope.signal, error: () => stoppedWhileWaiting(scope) },
      );
    };
  }
  return schema;
}
