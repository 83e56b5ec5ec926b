import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config/config';
import { UnauthenticatedError } from '../domain/errors';
import { CALLER_ROLES, type Caller, type CallerRole } from '../domain/tenant';

const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

/**
 * Turns a request's `Authorization` header into a Caller. Tokens are HS256 JWTs signed with
 * JWT_SECRET whose claims carry `tenant` and `role`; the tenant therefore comes from a
 * signature, never from a query argument. In development mode (embedded database only) a
 * request without a token is the demo tenant's admin.
 */
export class Authenticator {
  constructor(
    private readonly config: Pick<
      AppConfig,
      'authMode' | 'jwtSecret' | 'jwtIssuer' | 'jwtAudience' | 'demoTenant'
    >,
  ) {}

  authenticate(authorization: string | undefined): Caller {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!token) {
      if (this.config.authMode === 'dev') {
        return { tenantId: this.config.demoTenant, role: 'ADMIN', subject: 'development-mode' };
      }
      throw new UnauthenticatedError('Missing bearer token: send Authorization: Bearer <JWT>');
    }
    if (this.config.jwtSecret === undefined) {
      throw new UnauthenticatedError('This server verifies no tokens (development mode without JWT_SECRET)');
    }
    return this.verify(token, this.config.jwtSecret);
  }

  private verify(token: string, secret: string): Caller {
    let claims: jwt.JwtPayload;
    try {
      const decoded = jwt.verify(token, secret, {
        algorithms: ['HS256'],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
      });
      if (typeof decoded === 'string') throw new Error('not a JSON payload');
      claims = decoded;
    } catch (error) {
      throw new UnauthenticatedError(`Invalid bearer token: ${(error as Error).message}`);
    }
    const tenant: unknown = claims['tenant'];
    if (typeof tenant !== 'string' || !TENANT_PATTERN.test(tenant)) {
      throw new UnauthenticatedError("The token has no valid 'tenant' claim");
    }
    const role: unknown = claims['role'] ?? 'VIEWER';
    if (typeof role !== 'string' || !(CALLER_ROLES as readonly string[]).includes(role)) {
      throw new UnauthenticatedError(`The token's 'role' claim must be one of ${CALLER_ROLES.join(', ')}`);
    }
    return { tenantId: tenant, role: role as CallerRole, subject: claims.sub ?? 'unknown' };
  }
}
