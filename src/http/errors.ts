import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';

/**
 * The one JSON shape of every failure the HTTP layer answers itself, before or around GraphQL:
 * the GraphQL response shape, so a client reads one `errors` array whatever went wrong.
 *
 *   { "errors": [ { "message": "…", "extensions": { "code": "BAD_REQUEST", …details } } ] }
 *
 * Never HTML, never a stack or a file path: the message is ours, details are safe values only.
 */
export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string } & Record<string, unknown> }[];
}

/** The codes the HTTP layer uses, with the status each answers. */
export const HTTP_ERRORS = {
  BAD_REQUEST: 400,
  /** A document the GraphQL layer refuses for what it asks (too many aliases, fields, tokens). */
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;
export type HttpErrorCode = keyof typeof HTTP_ERRORS;

export function httpErrorBody(
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): HttpErrorBody {
  return { errors: [{ message, extensions: { ...details, code } }] };
}

/** GraphQL clients that asked for the GraphQL media type get it back; everyone else plain JSON. */
function mediaType(req: Request): string {
  const accept = req.headers.accept ?? '';
  return accept.includes('application/graphql-response+json') && !accept.includes('application/json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}

export function sendHttpError(
  req: Request,
  res: Response,
  code: HttpErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
  res
    .status(HTTP_ERRORS[code])
    .set('Content-Type', mediaType(req))
    .send(JSON.stringify(httpErrorBody(code, message, details)));
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  charset?: string;
}

/**
 * Turns what Express and its body parser throw into the envelope: malformed JSON (400), a body
 * over the limit (413), an encoding or charset the parser does not take (415); anything else is
 * a 500 with nothing of the cause (logged instead).
 */
export function httpErrorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const parser = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
    switch (parser.type) {
      case 'entity.parse.failed':
        sendHttpError(req, res, 'BAD_REQUEST', 'The request body is not valid JSON');
        return;
      case 'entity.too.large':
        sendHttpError(req, res, 'PAYLOAD_TOO_LARGE', 'The request body is too large', {
          limitBytes: parser.limit,
        });
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendHttpError(req, res, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 encoded JSON', {
          charset: parser.charset,
        });
        return;
      case 'request.aborted':
      case 'request.size.invalid':
      case 'stream.encoding.set':
        sendHttpError(req, res, 'BAD_REQUEST', 'The request body could not be read');
        return;
    }
    if (parser.status === 404) {
      // A static file that is not there (express.static without fallthrough).
      sendHttpError(req, res, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}`);
      return;
    }
    if (typeof parser.status === 'number' && parser.status >= 400 && parser.status < 500) {
      sendHttpError(req, res, 'BAD_REQUEST', 'The request could not be read');
      return;
    }
    log(error);
    sendHttpError(req, res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** A path nothing serves: the envelope rather than Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendHttpError(req, res, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}`);
};

/**
 * What the GraphQL endpoint takes before Apollo sees it (Apollo would answer these in plain text):
 * GET or POST only; a POST body in JSON (415 otherwise); a JSON object with a string `query`.
 */
export const graphqlRequestShape: RequestHandler = (req, res, next) => {
  if (req.method === 'OPTIONS') {
    next();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.set('Allow', 'GET, POST');
    sendHttpError(req, res, 'METHOD_NOT_ALLOWED', 'GraphQL is served over GET (queries) and POST');
    return;
  }
  if (req.method === 'GET') {
    next();
    return;
  }
  // The plain header is the common case, and needs no media-type parsing to be recognised.
  if (req.headers['content-type'] !== 'application/json' && !req.is('application/json')) {
    sendHttpError(
      req,
      res,
      'UNSUPPORTED_MEDIA_TYPE',
      'A GraphQL POST must have Content-Type: application/json',
      {
        contentType: req.headers['content-type'] ?? null,
      },
    );
    return;
  }
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    sendHttpError(req, res, 'BAD_REQUEST', 'The request body must be a JSON object with a "query" string');
    return;
  }
  next();
};
