import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Authenticator } from '../auth/authenticator';
import { sendHttpError } from './errors';
import type { AppMetrics } from '../observability/metrics';
import type { TenantActivity } from '../observability/tenant-activity';
import { authenticateRequest } from './request-auth';

/** Reads the caller once for the limits below; a missing or bad token is keyed by address. */
export function identifyCaller(authenticator: Authenticator) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    try {
      authenticateRequest(authenticator, req);
    } catch {
      // Keyed by address; the route answers the 401 itself.
    }
    next();
  };
}

const keyOf = (req: Request): string =>
  req.caller ? `tenant:${req.caller.tenantId}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;

export interface TenantLimitOptions {
  requestsPerMinute: number;
  maxConcurrent: number;
  metrics?: AppMetrics;
  /** Told which tenants have requests in flight (the fair work queue's pacing reads it). */
  activity?: TenantActivity;
}

/**
 * Per-tenant limits, so one tenant's burst cannot take the others' share: a request rate
 * (express-rate-limit, a sliding minute) and a cap on requests running at once. Both refuse
 * with 429, a Retry-After and a JSON body that says which limit was hit.
 */
export function tenantLimits(options: TenantLimitOptions) {
  const rate = rateLimit({
    windowMs: 60_000,
    limit: options.requestsPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: keyOf,
    handler: (req, res) => {
      options.metrics?.refusals.inc({ reason: 'rate' });
      sendHttpError(
        req,
        res,
        'TOO_MANY_REQUESTS',
        `Too many requests for this tenant (limit ${options.requestsPerMinute} a minute): retry after the Retry-After seconds`,
        { limit: options.requestsPerMinute },
      );
    },
  });

  const running = new Map<string, number>();
  const concurrency = (req: Request, res: Response, next: NextFunction): void => {
    const key = keyOf(req);
    const now = running.get(key) ?? 0;
    if (now >= options.maxConcurrent) {
      options.metrics?.refusals.inc({ reason: 'concurrency' });
      res.set('Retry-After', '1');
      sendHttpError(
        req,
        res,
        'TOO_MANY_REQUESTS',
        `This tenant already has ${now} requests running (limit ${options.maxConcurrent}): retry when one has finished`,
        { maxConcurrent: options.maxConcurrent },
      );
      return;
    }
    running.set(key, now + 1);
    const tenant = req.caller?.tenantId;
    if (tenant !== undefined) options.activity?.enter(tenant);
    res.once('close', () => {
      if (tenant !== undefined) options.activity?.leave(tenant);
      const left = (running.get(key) ?? 1) - 1;
      if (left <= 0) running.delete(key);
      else running.set(key, left);
    });
    next();
  };
  return [rate, concurrency];
}
