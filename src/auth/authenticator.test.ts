import jwt from 'jsonwebtoken';
import { AppError } from '../domain/errors';
import { Authenticator, INVALID_TOKEN_MESSAGE, TokenRefusedError } from './authenticator';

const SECRET = 'a-test-secret-that-is-at-least-32-characters';
const jwtMode = new Authenticator({
  authMode: 'jwt',
  jwtSecret: SECRET,
  demoTenant: 'demo',
  jwtAudience: 'stakeholder-api',
  jwtIssuer: 'https://login.example.com',
  jwtMaxLifetimeSeconds: 3600,
});
const claims = { aud: 'stakeholder-api', iss: 'https://login.example.com' };
const sign = (payload: object, options: jwt.SignOptions = { expiresIn: '10m' }, secret = SECRET) =>
  jwt.sign({ ...claims, ...payload }, secret, options);

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof TokenRefusedError) return `${error.code}: ${error.message} (${error.reason})`;
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('Authenticator', () => {
  it('takes tenant and role from a signed token', () => {
    const token = sign({ tenant: 'acme', role: 'EDITOR', sub: 'ana' });
    expect(jwtMode.authenticate(`Bearer ${token}`)).toEqual({
      tenantId: 'acme',
      role: 'EDITOR',
      subject: 'ana',
    });
  });

  it('defaults the role to VIEWER', () => {
    const token = sign({ tenant: 'acme' });
    expect(jwtMode.authenticate(`Bearer ${token}`).role).toBe('VIEWER');
  });

  it.each([
    ['no header', undefined, /UNAUTHENTICATED: Missing bearer token/],
    [
      'a token signed with another key',
      `Bearer ${sign({ tenant: 'acme' }, {}, 'x'.repeat(40))}`,
      /invalid signature/,
    ],
    ['an expired token', `Bearer ${sign({ tenant: 'acme', exp: 1 }, {})}`, /jwt expired/],
    ['no tenant claim', `Bearer ${sign({ role: 'ADMIN' })}`, /no valid 'tenant' claim/],
    ['an unknown role', `Bearer ${sign({ tenant: 'acme', role: 'ROOT' })}`, /'role' claim must be/],
    [
      'the none algorithm',
      `Bearer ${jwt.sign({ tenant: 'acme' }, '', { algorithm: 'none' })}`,
      /UNAUTHENTICATED/,
    ],
    ['a token without exp', `Bearer ${sign({ tenant: 'acme' }, {})}`, /no exp claim/],
    ['a token living too long', `Bearer ${sign({ tenant: 'acme' }, { expiresIn: '2h' })}`, /over the 3600 s/],
    ['another audience', `Bearer ${sign({ tenant: 'acme', aud: 'other' })}`, /jwt audience invalid/],
    ['another issuer', `Bearer ${sign({ tenant: 'acme', iss: 'evil' })}`, /jwt issuer invalid/],
    ['a tenant outside the slug alphabet', `Bearer ${sign({ tenant: 'acme/../x' })}`, /'tenant' claim/],
  ])('refuses %s', (_label, header, expected) => {
    expect(codeOf(() => jwtMode.authenticate(header))).toMatch(expected);
  });

  it('tells the client nothing about which check failed', () => {
    for (const payload of [
      { tenant: 'acme', aud: 'other' },
      { tenant: 'acme', iss: 'evil' },
    ]) {
      const message = codeOf(() => jwtMode.authenticate(`Bearer ${sign(payload)}`));
      expect(message).toContain(INVALID_TOKEN_MESSAGE);
      expect(message?.split('(')[0]).not.toMatch(/stakeholder-api|login\.example/);
    }
  });

  it('normalises the tenant claim to lower case', () => {
    expect(jwtMode.authenticate(`Bearer ${sign({ tenant: ' TenB ' })}`).tenantId).toBe('tenb');
  });

  it('serves the demo tenant without a token only in development mode', () => {
    const dev = new Authenticator({ authMode: 'dev', demoTenant: 'demo' });
    expect(dev.authenticate(undefined)).toEqual({
      tenantId: 'demo',
      role: 'ADMIN',
      subject: 'development-mode',
    });
  });

  it('verifies a token once, and refuses it again once it has expired', () => {
    const auth = new Authenticator({ authMode: 'jwt', jwtSecret: SECRET, demoTenant: 'demo' });
    const now = Date.now();
    const token = sign({ tenant: 'acme', exp: Math.floor(now / 1000) + 60 }, {});
    const verify = jest.spyOn(jwt, 'verify');
    try {
      expect(auth.authenticate(`Bearer ${token}`).tenantId).toBe('acme');
      expect(auth.authenticate(`Bearer ${token}`).tenantId).toBe('acme');
      expect(verify).toHaveBeenCalledTimes(1);
      // Another signature over the same claims is another token: checked, and refused.
      const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(43)}`;
      expect(codeOf(() => auth.authenticate(`Bearer ${forged}`))).toMatch(/invalid signature/);
      jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
      expect(codeOf(() => auth.authenticate(`Bearer ${token}`))).toMatch(/jwt expired/);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('issues its own short-lived tokens that it accepts, with its issuer and audience', () => {
    const caller = { tenantId: 'acme', role: 'VIEWER' as const, subject: 'start-up warm-up' };
    const token = jwtMode.issueToken(caller, 60);
    expect(token).toBeDefined();
    expect(jwtMode.authenticate(`Bearer ${token}`)).toEqual(caller);
    const decoded = jwt.decode(token!) as jwt.JwtPayload;
    expect(decoded.exp! - decoded.iat!).toBe(60);
    expect([decoded.iss, decoded.aud]).toEqual(['https://login.example.com', 'stakeholder-api']);
    // Another server's key does not verify it.
    const other = new Authenticator({ authMode: 'jwt', jwtSecret: 'y'.repeat(40), demoTenant: 'demo' });
    expect(codeOf(() => other.authenticate(`Bearer ${token}`))).toMatch(/invalid signature/);
    // Without a key there is nothing to sign with.
    expect(new Authenticator({ authMode: 'dev', demoTenant: 'demo' }).issueToken(caller, 60)).toBeUndefined();
  });
});
