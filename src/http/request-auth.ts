import type { Request } from 'express';
import type { Authenticator } from '../auth/authenticator';
import type { Caller } from '../domain/tenant';

type Outcome = { caller: Caller } | { error: unknown };

declare module 'express-serve-static-core' {
  interface Request {
    /** Who is asking, when the token is valid (set by the first authentication of the request). */
    caller?: Caller;
    /** The first authentication's outcome: a request's token is verified once, whoever asks. */
    authentication?: Outcome;
  }
}

/**
 * The request's caller, authenticating its bearer token the first time it is asked for: the
 * per-tenant limits, the GraphQL context and the document routes all ask, and a JWT is verified
 * once. A bad token throws the authenticator's error to every caller, each answering it its way.
 */
export function authenticateRequest(authenticator: Authenticator, req: Request): Caller {
  if (req.authentication === undefined) {
    try {
      req.authentication = { caller: authenticator.authenticate(req.headers.authorization) };
    } catch (error) {
      req.authentication = { error };
    }
  }
  if ('error' in req.authentication) throw req.authentication.error;
  req.caller = req.authentication.caller;
  return req.caller;
}
