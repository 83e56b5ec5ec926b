import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../config/config';
import { UnauthenticatedError } from '../domain/errors';
import { CALLER_ROLES, type Caller, type CallerRole } from '../domain/tenant';
import { normaliseTenantId } from './tenant-id';

/** What a client is told for any bad token: which check failed is for the log, not for a prober. */
export const INVALID_TOKEN_MESSAGE = 'The bearer token is not valid: sign in again';

/** The reason a token was refused, kept on the error for the server's log only. */
export class TokenRefusedError extends UnauthenticatedError {
  constructor(readonly reason: string) {
    super(INVALID_TOKEN_MESSAGE);
  }
}

/** RFC 6750's challenge, sent with every 401. */
export function wwwAuthenticate(error: UnauthenticatedError): string {
  return error instanceof TokenRefusedError
    ? 'Bearer realm="stakeholder-api", error="invalid_token"'
    : 'Bearer realm="stakeholder-api"';
}

/**
 * Turns a request's `Authorization` header into a Caller. Tokens are HS256 JWTs signed with
 * JWT_SECRET whose claims carry `tenant` and `role`; the tenant therefore comes from a
 * signature, never from a query argument. Every token must expire (`exp`), and within
 * JWT_MAX_LIFETIME_SECONDS of when it was issued. In development mode (embedded database,
 * loopback only) a request without a token is the demo tenant's admin.
 */
export class Authenticator {
  /** Built once: deriving the key per request is measurable at thousands of requests a second. */
  private readonly key: KeyObject | undefined;
  /**
   * Tokens already verified, with their callers and expiry: a client sends the same token with
   * every request, and checking its signature and claims again is most of what `{ __typename }`
   * costs in JWT mode. Only accepted tokens are kept (keyed by the whole token, signature
   * included); each use checks the expiry again, and the key never changes while the process runs.
   */
  private readonly verified = new LRUCache<string, { caller: Caller; exp: number }>({ max: 10_000 });

  constructor(
    private readonly config: Pick<
      AppConfig,
      'authMode' | 'jwtSecret' | 'jwtIssuer' | 'jwtAudience' | 'demoTenant'
    > & { jwtMaxLifetimeSeconds?: number },
  ) {
    this.key =
      config.jwtSecret === undefined ? undefined : createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  authenticate(authorization: string | undefined): Caller {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!token) {
      if (this.config.authMode === 'dev') {
        return { tenantId: this.config.demoTenant, role: 'ADMIN', subject: 'development-mode' };
      }
      throw new UnauthenticatedError('Missing bearer token: send Authorization: Bearer <JWT>');
    }
    if (this.key === undefined) {
      throw new TokenRefusedError('this server verifies no tokens (development mode without JWT_SECRET)');
    }
    const known = this.verified.get(token);
    if (known !== undefined) {
      // jsonwebtoken's own rule: expired once the clock's second reaches exp.
      if (Math.floor(Date.now() / 1000) < known.exp) return known.caller;
      this.verified.delete(token);
    }
    return this.verify(token, this.key);
  }

  /**
   * A bearer token for `caller` that expires in `lifetimeSeconds`, signed with this server's own
   * key and with its issuer and audience, or undefined when the server verifies no tokens
   * (development mode without JWT_SECRET). Only the start-up warm-up uses it, to send its
   * requests down the same HTTP path as a client's; the token never leaves the process.
   */
  issueToken(caller: Caller, lifetimeSeconds: number): string | undefined {
    if (this.key === undefined) return undefined;
    return jwt.sign({ tenant: caller.tenantId, role: caller.role }, this.key, {
      algorithm: 'HS256',
      expiresIn: lifetimeSeconds,
      subject: caller.subject,
      ...(this.config.jwtIssuer === undefined ? {} : { issuer: this.config.jwtIssuer }),
      ...(this.config.jwtAudience === undefined ? {} : { audience: this.config.jwtAudience }),
    });
  }

  private verify(token: string, key: KeyObject): Caller {
    let claims: jwt.JwtPayload;
    try {
      const decoded = jwt.verify(token, key, {
        algorithms: ['HS256'],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
      });
      if (typeof decoded === 'string') throw new Error('not a JSON payload');
      claims = decoded;
    } catch (error) {
      throw new TokenRefusedError((error as Error).message);
    }
    if (typeof claims.exp !== 'number') throw new TokenRefusedError('the token has no exp claim');
    const maxLifetime = this.config.jwtMaxLifetimeSeconds ?? 86_400;
    const issuedAt = typeof claims.iat === 'number' ? claims.iat : Math.floor(Date.now() / 1000);
    if (claims.exp - issuedAt > maxLifetime) {
      throw new TokenRefusedError(
        `the token lives ${claims.exp - issuedAt} s, over the ${maxLifetime} s allowed`,
      );
    }
    const tenant = normaliseTenantId(claims['tenant']);
    if (tenant === null) throw new TokenRefusedError("the token has no valid 'tenant' claim");
    const role: unknown = claims['role'] ?? 'VIEWER';
    if (typeof role !== 'string' || !(CALLER_ROLES as readonly string[]).includes(role)) {
      throw new TokenRefusedError(`the token's 'role' claim must be one of ${CALLER_ROLES.join(', ')}`);
    }
    // Frozen: the same caller now answers every request with this token.
    const caller: Caller = Object.freeze({
      tenantId: tenant,
      role: role as CallerRole,
      subject: claims.sub ?? 'unknown',
    });
    this.verified.set(token, { caller, exp: claims.exp });
    return caller;
  }
}
