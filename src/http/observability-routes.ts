import { currentScope } from '../observability/request-scope';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../config/logger';
import type { DatabaseMonitor } from '../db/database-monitor';
import { sendHttpError } from './errors';
import type { AppMetrics } from '../observability/metrics';

/**
 * One access-log line per request (pino-http): method, path, status, time, the request id also
 * sent back in X-Request-Id, and the tenant and GraphQL operation when known. Probes of
 * /health and /metrics log at debug so they do not drown the rest.
 */
export function accessLog(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse>({
    // pino-http types its logger by the levels it uses; ours is a plain pino logger.
    logger: logger as unknown as NonNullable<Parameters<typeof pinoHttp>[0]> extends { logger?: infer L }
      ? L
      : never,
    genReqId: (req: IncomingMessage) => (req as Request).scope?.id ?? randomUUID(),
    customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) => {
      if (error || res.statusCode >= 500) return 'error';
      if (req.url === '/metrics' || req.url === '/health') return 'debug';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customProps: (req: IncomingMessage) => {
      const scope = (req as Request).scope;
      return {
        // The logger's mixin adds reqId itself while the request's scope is current; the access
        // line may be written outside it (on 'finish'), so only then is it added here (never twice).
        reqId: currentScope() === undefined ? scope?.id : undefined,
        tenant: (req as Request).caller?.tenantId,
        operation: scope?.operationName ?? undefined,
        stopped: scope?.stopReason ?? undefined,
      };
    },
    serializers: {
      // The token is a credential: the access log keeps method, url and address only.
      req: (req: { method: string; url: string; remoteAddress?: string }) => ({
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/** HTTP latency by route template (never the raw path: account ids would explode the labels). */
export function httpMetrics(metrics: AppMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    res.once('finish', () => {
      const route = routeOf(req.originalUrl);
      metrics.httpDuration.observe(
        { method: req.method, route, status: String(res.statusCode) },
        (performance.now() - started) / 1000,
      );
    });
    next();
  };
}

const DOCUMENT = /^\/accounts\/[^/]+\/([a-z-]+\.(?:md|ics))$/;

/** The route template a URL belongs to, from a fixed set. */
function routeOf(url: string): string {
  const path = url.split('?')[0] ?? '';
  if (path === '/graphql' || path === '/health' || path === '/metrics') return path;
  const document = DOCUMENT.exec(path);
  return document ? `/accounts/:accountId/${document[1]}` : 'other';
}

/** GET /metrics in the Prometheus text format. */
export function metricsRoute(metrics: AppMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

/**
 * While the database is down, data routes answer at once: 503, Retry-After, and a JSON body,
 * instead of each request waiting on connection timeouts to learn the same thing.
 */
export function refuseWhileDatabaseDown(monitor: DatabaseMonitor, metrics?: AppMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (monitor.isUp) return next();
    metrics?.refusals.inc({ reason: 'database-down' });
    res.set('Retry-After', String(monitor.retryAfterSeconds));
    sendHttpError(
      req,
      res,
      'SERVICE_UNAVAILABLE',
      'The graph database is not reachable right now: retry shortly',
      { retryAfterSeconds: monitor.retryAfterSeconds },
    );
  };
}
