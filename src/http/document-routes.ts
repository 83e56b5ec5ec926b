import cors from 'cors';
import { Router, type Response } from 'express';
import { wwwAuthenticate, type Authenticator } from '../auth/authenticator';
import type { Logger } from '../config/logger';
import { AppError, BadInputError, UnauthenticatedError, type ErrorCode } from '../domain/errors';
import type { Caller } from '../domain/tenant';
import { takeTurn } from '../graphql/heavy-fields';
import type { FairWorkQueue } from '../observability/fair-work-queue';
import type { Services } from '../services/services';
import { httpErrorBody } from './errors';
import { authenticateRequest } from './request-auth';

/** The HTTP status of each of the project's error codes, as the GraphQL HTTP layer answers them. */
const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

/** A query parameter given at most once; empty means absent. */
function single(value: unknown, field: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  throw new BadInputError(`${field} must be given once, as YYYY-MM-DD`, { field });
}

/**
 * The JSON error envelope of the whole HTTP layer (src/http/errors.ts: `errors[0].extensions.code`
 * and the details beside it), with the status of its code. `error` repeats the first error in the
 * shape these routes answered before the envelope existed; it is deprecated and goes in a later
 * release (docs/operations.md).
 */
function sendError(res: Response, error: unknown, logger: Logger): void {
  const known = error instanceof AppError && error.code !== 'INTERNAL_SERVER_ERROR';
  if (!known) logger.error({ err: error }, 'Unexpected error while rendering an account document');
  const code: ErrorCode = known ? error.code : 'INTERNAL_SERVER_ERROR';
  const message = known ? error.message : 'Internal server error';
  const details = known ? error.details : {};
  if (error instanceof UnauthenticatedError) res.set('WWW-Authenticate', wwwAuthenticate(error));
  res
    .status(STATUS[code])
    .json({ ...httpErrorBody(code, message, details), error: { code, message, ...details } });
}

type Query = Record<string, unknown>;

/** ?from=&to=: the days a document covers (each null when absent). */
function period(query: Query): { from: string | null; to: string | null } {
  return { from: single(query['from'], 'from'), to: single(query['to'], 'to') };
}

/** A document about one account, served at a path of its own. */
interface DocumentRoute {
  path: string;
  contentType: string;
  /** The file name a browser saves it under. */
  fileName: string;
  render(services: Services, caller: Caller, accountId: string, query: Query): Promise<string>;
}

/**
 * The account documents a person opens outside GraphQL: the engagement calendar for any calendar
 * app, the strategic account plan and the executive briefing as Markdown to read and share. Each
 * calls the same service as its GraphQL query.
 */
export const DOCUMENT_ROUTES: readonly DocumentRoute[] = [
  {
    path: '/accounts/:accountId/engagement-calendar.ics',
    contentType: 'text/calendar; charset=utf-8',
    fileName: 'engagement-calendar.ics',
    async render(services, caller, accountId, query) {
      const calendars = services.engagementCalendar;
      const calendar = await calendars.forAccount(caller, accountId, {
        ...period(query),
        asOf: single(query['asOf'], 'asOf'),
      });
      return calendars.icalendar(caller, calendar);
    },
  },
  {
    path: '/accounts/:accountId/account-plan.md',
    contentType: 'text/markdown; charset=utf-8',
    fileName: 'account-plan.md',
    async render(services, caller, accountId, query) {
      const plans = services.accountPlans;
      return plans.markdown(await plans.plan(caller, accountId, single(query['asOf'], 'asOf')));
    },
  },
  {
    path: '/accounts/:accountId/executive-briefing.md',
    contentType: 'text/markdown; charset=utf-8',
    fileName: 'executive-briefing.md',
    async render(services, caller, accountId, query) {
      const briefings = services.executiveBriefings;
      return briefings.markdown(await briefings.briefing(caller, accountId, period(query)));
    },
  },
];

/**
 * GET /accounts/:accountId/engagement-calendar.ics?from=&to=&asOf=, …/account-plan.md?asOf=,
 * …/executive-briefing.md?from=&to=. Authenticated like /graphql (bearer token; development mode
 * serves the demo tenant); errors in the HTTP layer's JSON envelope with the status of their code.
 */
export function documentRoutes(options: {
  services: Services;
  authenticator: Authenticator;
  logger: Logger;
  corsOrigins: string[];
  /** Each document is a unit of heavy work, as its GraphQL query is (src/graphql/heavy-fields.ts). */
  heavyWork?: FairWorkQueue;
}): Router {
  const router = Router();
  const allowCors = cors<cors.CorsRequest>({
    origin: options.corsOrigins.includes('*') ? true : options.corsOrigins,
  });
  for (const route of DOCUMENT_ROUTES) {
    router.use(route.path, allowCors);
    router.get(route.path, async (req, res) => {
      try {
        const caller = authenticateRequest(options.authenticator, req);
        const param: unknown = req.params['accountId'];
        const accountId = typeof param === 'string' ? param : '';
        const render = () => route.render(options.services, caller, accountId, req.query);
        const body = options.heavyWork
          ? await takeTurn(options.heavyWork, caller.tenantId, req, render)
          : await render();
        const file = `${accountId.replace(/[^A-Za-z0-9_-]/g, '_')}-${route.fileName}`;
        res
          .status(200)
          .set('Content-Type', route.contentType)
          .set('Content-Disposition', `inline; filename="${file}"`)
          .send(body);
      } catch (error) {
        sendError(res, error, options.logger);
      }
    });
  }
  return router;
}
