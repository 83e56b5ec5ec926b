import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Express, ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * POST /graphql without Express's router in the way.
 *
 * Every GraphQL POST went through Express's router: a dozen layers matched by path, a `next` that
 * re-dispatches through each, then body-parser (raw-body, iconv-lite, type-is) and Apollo's Express
 * integration (`url.parse`, `res.send` hashing every answer for an ETag nobody asks of a POST).
 * For a cheap operation that was most of the request's CPU (docs/performance.md, round 4).
 *
 * The lane takes only the common case (POST to exactly /graphql) and runs the SAME handlers the
 * Express route runs, in the same order, as one fixed chain: request scope and id, access log,
 * metrics, caller, database guard, tenant limits, CORS, body, request shape, operation guard,
 * request memo, Apollo. The request and response get Express's prototypes (as Express itself
 * gives them), so every handler and every refusal answers exactly as before; failures go to the
 * same error handler. Anything else (GET, OPTIONS, another path) goes to Express untouched.
 */
export function graphqlLane(
  app: Express,
  path: string,
  handlers: RequestHandler[],
  onError: ErrorRequestHandler,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const search = `${path}?`;
  return (req, res) => {
    if (req.method !== 'POST' || (req.url !== path && !req.url?.startsWith(search))) return false;
    // What Express's app.handle and router do before the first handler.
    const request = Object.setPrototypeOf(req, app.request) as Request;
    const response = Object.setPrototypeOf(res, app.response) as Response;
    request.res = response;
    response.req = request;
    response.locals = Object.create(null) as Record<string, unknown>;
    request.originalUrl = req.url;
    request.baseUrl = '';
    runChain(handlers, onError, request, response);
    return true;
  };
}

/** The handlers in order, as Express runs them: `next(error)` skips to the error handler. */
function runChain(
  handlers: RequestHandler[],
  onError: ErrorRequestHandler,
  req: Request,
  res: Response,
): void {
  let at = 0;
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) {
      // The error handler itself gave up (headers already sent): end the connection, as Express does.
      req.socket.destroy();
      return;
    }
    failed = true;
    try {
      onError(error, req, res, fail);
    } catch (thrown) {
      fail(thrown);
    }
  };
  const next: NextFunction = (error?: unknown) => {
    if (error !== undefined && error !== null && error !== 'route' && error !== 'router') {
      fail(error);
      return;
    }
    const handler = handlers[at];
    at += 1;
    if (handler === undefined) return;
    try {
      const result: unknown = handler(req, res, next);
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
  next();
}

/**
 * The JSON body of a GraphQL POST, read without body-parser when it is the plain case: declared
 * `application/json` (UTF-8), not compressed, with a Content-Length within `limit`. Anything else
 * (another charset, gzip, chunked, too large) goes to `fallback`, the route's own `express.json()`,
 * which answers it as it always did. Errors carry body-parser's `type`, so the error handler
 * answers them in the same words (400 not JSON).
 */
export function jsonBody(limit: number, fallback: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const type = req.headers['content-type'];
    const encoding = req.headers['content-encoding'];
    const length = Number(req.headers['content-length']);
    if (
      (type !== 'application/json' && !PLAIN_JSON.test(type ?? '')) ||
      (encoding !== undefined && encoding.toLowerCase() !== 'identity') ||
      !Number.isInteger(length) ||
      length > limit ||
      req.headers['transfer-encoding'] !== undefined
    ) {
      return fallback(req, res, next);
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => next(readError('request.aborted', 'request aborted')));
    req.once('end', () => {
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark, as iconv-lite drops it
      if (text.length === 0) {
        req.body = {};
        return next();
      }
      // body-parser's strict mode: only an object or an array at the top.
      const first = FIRST_CHARACTER.exec(text)?.[1];
      if (first !== '{' && first !== '[') return next(readError('entity.parse.failed', 'not a JSON object'));
      try {
        req.body = JSON.parse(text) as unknown;
      } catch {
        return next(readError('entity.parse.failed', 'invalid JSON'));
      }
      next();
    });
  };
}

const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;
const FIRST_CHARACTER = /^[ \t\n\r]*(.)/;

function readError(type: string, message: string): Error {
  return Object.assign(new Error(message), { type, status: 400, statusCode: 400, expose: true });
}

/**
 * Apollo's own HTTP entry point (`executeHTTPGraphQLRequest`) behind Express-shaped handlers, as
 * `@as-integrations/express5` does, writing the answer straight to the socket: same status,
 * headers and body; no ETag (Express's `res.send` hashed each answer for one; a POST is never
 * revalidated).
 */
export function apolloHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: ContextFunction<[{ req: Request; res: Response }], C>,
): RequestHandler {
  apollo.assertStarted('apolloHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const at = req.url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: at < 0 ? '' : req.url.slice(at),
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    if (answer.body.kind === 'complete') {
      writeAnswer(res, answer.status ?? 200, answer.headers, answer.body.string);
      return;
    }
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** A whole answer as Apollo's handler writes it: its headers, the status, Content-Length, the body. */
export function writeAnswer(res: Response, status: number, headers: HeaderMap, body: string): void {
  for (const [key, value] of headers) res.setHeader(key, value);
  res.statusCode = status;
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
