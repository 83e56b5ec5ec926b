import { currentScope } from '../observability/request-scope';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../config/logger';
import type { DatabaseMonitor } from '../db/database-monitor';
import { sendHttpError } from './errors';
import type { AppMetrics } from '../observability/metrics';

type AccessLevel = 'error' | 'warn' | 'info' | 'debug';

/** pino's number for the most severe level an access line uses: above it, nothing is written. */
const ERROR_LEVEL = 50;

function accessLevel(req: IncomingMessage, res: ServerResponse, error?: Error): AccessLevel {
  if (error || res.statusCode >= 500) return 'error';
  if (req.url === '/metrics' || req.url === '/health') return 'debug';
  return res.statusCode >= 400 ? 'warn' : 'info';
}

/**
 * One access-log line per request, as pino-http wrote it (same keys, messages and levels):
 * `req` (method, url, address; the token is a credential and never logged), `res` (status),
 * `responseTime` (ms), the request id (also sent back in X-Request-Id), and the tenant, GraphQL
 * operation and stop reason when known; `msg` "request completed", "request aborted" (the
 * client left first) or "request errored" (status 500 and up, with `err`). Probes of /health
 * and /metrics log at debug so they do not drown the rest.
 *
 * Written here rather than by pino-http, which made two child loggers and serialised the request
 * for every request whether or not its line was written: at a level that writes no access line
 * (LOG_LEVEL=silent, or above error) this costs one comparison.
 */
export function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (logger.levelVal > ERROR_LEVEL) return next();
    const started = Date.now();
    const done = (error?: Error) => {
      res.removeListener('close', done);
      res.removeListener('finish', done);
      res.removeListener('error', done);
      const level = accessLevel(req, res, error);
      if (!logger.isLevelEnabled(level)) return;
      const scope = req.scope;
      const line: Record<string, unknown> = {
        req: { method: req.method, url: req.originalUrl, remoteAddress: req.socket?.remoteAddress },
        tenant: req.caller?.tenantId,
        operation: scope?.operationName ?? undefined,
        stopped: scope?.stopReason ?? undefined,
        res: { statusCode: res.statusCode },
        responseTime: Date.now() - started,
      };
      // The logger's mixin adds reqId itself while the request's scope is current (a key set here,
      // even undefined, would override it); the line may be written outside it, so only then here.
      if (currentScope() === undefined) line['reqId'] = scope?.id;
      if (error || res.statusCode >= 500) {
        line['err'] = error ?? new Error(`failed with status code ${res.statusCode}`);
        logger[level](line, 'request errored');
        return;
      }
      logger[level](line, res.writableEnded ? 'request completed' : 'request aborted');
    };
    res.on('close', done);
    res.on('finish', done);
    res.on('error', done);
    next();
  };
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
