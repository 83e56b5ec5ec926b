import type { ApolloServerPlugin } from '@apollo/server';
import express, { type RequestHandler } from 'express';
import type { Authenticator } from '../auth/authenticator';
import type { Logger } from '../config/logger';
import type { DatabaseMonitor } from '../db/database-monitor';
import type { GraphQLContext } from '../graphql/context';
import { operationGuard } from '../graphql/operation-guard';
import { operationPlugin } from '../graphql/operation-plugin';
import type { AppMetrics } from '../observability/metrics';
import type { FairWorkQueue } from '../observability/fair-work-queue';
import type { TenantActivity } from '../observability/tenant-activity';
import { enterRequestScope, openRequestScope } from '../observability/request-scope';
import { sendHttpError } from './errors';
import { accessLog, httpMetrics, metricsRoute, refuseWhileDatabaseDown } from './observability-routes';
import type { TenantCostBudget } from '../graphql/tenant-cost-budget';
import { identifyCaller, tenantLimits } from './tenant-limits';

/** What keeps one tenant or one dead database from stalling the server, and what makes it watchable. */
export interface Hardening {
  logger: Logger;
  monitor: DatabaseMonitor;
  /** Undefined: no /metrics (METRICS=false). */
  metrics?: AppMetrics;
  requestTimeoutMs: number;
  /** Statements one request may run at once (REQUEST_MAX_STATEMENTS). */
  requestMaxStatements?: number;
  /** Cost up to which a request keeps all its slots (REQUEST_FULL_SHARE_COST). */
  requestFullShareCost?: number;
  maxAliases: number;
  maxFields: number;
  requestsPerMinute: number;
  maxConcurrent: number;
  budget: TenantCostBudget;
  /** Tenants with requests in flight, for the fair work queue (src/observability/fair-work-queue.ts). */
  activity?: TenantActivity;
  /** Where heavy work takes turns; the document routes use it too (src/http/document-routes.ts). */
  heavyWork?: FairWorkQueue;
}

/** The routes that read the graph, and so are limited and refused while it is down. */
const DATA_PATHS = ['/graphql', '/accounts'];

/**
 * The hardening's request handlers, made once: the Express routes and the GraphQL lane
 * (src/http/graphql-lane.ts) run the same instances, so a tenant's rate, its requests in flight
 * and the metrics are counted once whichever way a request comes in.
 */
export interface HardenedHandlers {
  /** Before every route: request scope and id, access log, HTTP metrics. */
  everyRoute: RequestHandler[];
  /** GET /metrics, when metrics are on. */
  metricsRoute?: RequestHandler;
  /** Before the routes that read the graph: caller, database-down refusal, tenant limits. */
  dataRoutes: RequestHandler[];
}

export function hardenedHandlers(h: Hardening, authenticator: Authenticator): HardenedHandlers {
  return {
    everyRoute: [
      openRequestScope(h.requestTimeoutMs, h.requestMaxStatements),
      accessLog(h.logger),
      ...(h.metrics ? [httpMetrics(h.metrics)] : []),
    ],
    metricsRoute: h.metrics ? metricsRoute(h.metrics) : undefined,
    dataRoutes: [
      identifyCaller(authenticator),
      refuseWhileDatabaseDown(h.monitor, h.metrics),
      ...tenantLimits({
        requestsPerMinute: h.requestsPerMinute,
        maxConcurrent: h.maxConcurrent,
        metrics: h.metrics,
        activity: h.activity,
      }),
    ],
  };
}

/** Before every route: request scope and id, access log, HTTP metrics, /metrics, data-route guards. */
export function hardenedRoutes(handlers: HardenedHandlers): RequestHandler[] {
  const router = express.Router();
  router.use(...handlers.everyRoute);
  if (handlers.metricsRoute) router.use(handlers.metricsRoute);
  router.use(DATA_PATHS, ...handlers.dataRoutes);
  return [router];
}

/** After the body is parsed, before Apollo: back in the request's scope, then the alias/field limit. */
export function hardenedGraphQL(h: Hardening): RequestHandler[] {
  return [
    enterRequestScope,
    operationGuard({ maxAliases: h.maxAliases, maxFields: h.maxFields }, (req, res, message, details) =>
      sendHttpError(req, res, 'BAD_USER_INPUT', message, details),
    ),
  ];
}

export function hardenedApollo(h: Hardening): ApolloServerPlugin<GraphQLContext>[] {
  return [
    operationPlugin({
      metrics: h.metrics,
      budget: h.budget,
      monitor: h.monitor,
      fullShareCost: h.requestFullShareCost,
    }),
  ];
}
