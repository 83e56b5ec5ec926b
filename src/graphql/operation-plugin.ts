import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import type { AppMetrics } from '../observability/metrics';
import { currentScope } from '../observability/request-scope';
import { slotsForCost } from '../observability/statement-slots';
import type { GraphQLContext } from './context';
import { HOOK_DONE } from './hook-done';
import { COST_KEY } from './query-complexity';
import type { TenantCostBudget } from './tenant-cost-budget';

const tracer = trace.getTracer('stakeholder-api');
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names come from clients: beyond this many distinct ones, they share a label. */
const MAX_OPERATION_LABELS = 200;

export interface OperationPluginOptions {
  metrics?: AppMetrics;
  budget: TenantCostBudget;
  /** How long a client is told to wait while the database is down. */
  monitor: { readonly retryAfterSeconds: number };
  /** Cost up to which a request keeps all its statement slots (REQUEST_FULL_SHARE_COST). */
  fullShareCost?: number;
}

/**
 * One plugin for what every operation goes through after it is parsed: the tenant's cost
 * budget (429 when its running operations already cost too much), latency and errors by code
 * for /metrics, a span for tracing (a no-op unless an OpenTelemetry SDK is registered), and
 * the HTTP status of a failure that is not the client's (503 + Retry-After while the database
 * is unreachable, 504 when the request's time ran out).
 */
export function operationPlugin(options: OperationPluginOptions): ApolloServerPlugin<GraphQLContext> {
  const labels = new Set<string>();
  const labelOf = (name: string | null | undefined): string => {
    if (!name || !NAME.test(name)) return 'anonymous';
    if (labels.has(name)) return name;
    if (labels.size >= MAX_OPERATION_LABELS) return 'other';
    labels.add(name);
    return name;
  };

  return {
    requestDidStart(start: GraphQLRequestContext<GraphQLContext>) {
      const started = performance.now();
      const span = tracer.startSpan('graphql.request');
      let operation = labelOf(start.request.operationName);
      let acquired: { tenant: string; cost: number } | undefined;
      return Promise.resolve({
        didResolveOperation(ctx) {
          operation = labelOf(ctx.request.operationName ?? ctx.operation?.name?.value);
          span.updateName(`graphql ${ctx.operation?.operation ?? 'query'} ${operation}`);
          const scope = currentScope();
          if (scope) scope.operationName = operation;
          const cost = (ctx.contextValue as unknown as Record<symbol, unknown>)[COST_KEY];
          const tenant = ctx.contextValue.caller.tenantId;
          if (typeof cost !== 'number') return HOOK_DONE;
          span.setAttribute('graphql.cost', cost);
          if (!options.budget.tryAcquire(tenant, cost)) {
            options.metrics?.refusals.inc({ reason: 'cost-budget' });
            throw new GraphQLError(
              `This tenant's running requests already use its query budget (${options.budget.budget}); this one costs ${cost}: retry when they have finished`,
              {
                extensions: {
                  code: 'TOO_MANY_REQUESTS',
                  cost,
                  budget: options.budget.budget,
                  http: { status: 429, headers: new Map([['retry-after', '1']]) },
                },
              },
            );
          }
          acquired = { tenant, cost };
          // An expensive request runs fewer statements at once, so the other tenants keep their share.
          if (scope && options.fullShareCost !== undefined)
            scope.statements.narrow(slotsForCost(cost, scope.statements.limit, options.fullShareCost));
          return HOOK_DONE;
        },
        willSendResponse(ctx) {
          if (acquired) options.budget.release(acquired.tenant, acquired.cost);
          acquired = undefined;
          const body = ctx.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => {
            const code = e.extensions?.['code'];
            return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
          });
          for (const code of codes) options.metrics?.errors.inc({ code });
          if (codes.includes('SERVICE_UNAVAILABLE')) {
            ctx.response.http.status = 503;
            ctx.response.http.headers.set('retry-after', String(options.monitor.retryAfterSeconds));
          } else if (codes.includes('TIMEOUT') && body.kind === 'single' && !body.singleResult.data) {
            ctx.response.http.status = 504;
          }
          const outcome = codes.length === 0 ? 'ok' : 'error';
          options.metrics?.graphqlDuration.observe(
            { operation, outcome },
            (performance.now() - started) / 1000,
          );
          span.setAttribute('graphql.operation.name', operation);
          if (codes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
          span.end();
          return HOOK_DONE;
        },
      });
    },
  };
}
