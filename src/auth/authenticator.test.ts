import jwt from 'jsonwebtoken';
import { AppError } from '../domain/errors';
import { Authenticator } from './authenticator';

const SECRET = 'a-test-secret-that-is-at-least-32-characters';
const jwtMode = new Authenticator({ authMode: 'jwt', jwtSecret: SECRET, demoTenant: 'demo' });

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('Authenticator', () => {
  it('takes tenant and role from a signed token', () => {
    const token = jwt.sign({ tenant: 'acme', role: 'EDITOR', sub: 'ana' }, SECRET);
    expect(jwtMode.authenticate(`Bearer ${token}`)).toEqual({
      tenantId: 'acme',
      role: 'EDITOR',
      subject: 'ana',
    });
  });

  it('defaults the role to VIEWER', () => {
    const token = jwt.sign({ tenant: 'acme' }, SECRET);
    expect(jwtMode.authenticate(`Bearer ${token}`).role).toBe('VIEWER');
  });

  it.each([
    ['no header', undefined, /UNAUTHENTICATED: Missing bearer token/],
    [
      'a token signed with another key',
      `Bearer ${jwt.sign({ tenant: 'acme' }, 'x'.repeat(40))}`,
      /invalid signature/,
    ],
    ['an expired token', `Bearer ${jwt.sign({ tenant: 'acme', exp: 1 }, SECRET)}`, /jwt expired/],
    ['no tenant claim', `Bearer ${jwt.sign({ role: 'ADMIN' }, SECRET)}`, /no valid 'tenant' claim/],
    [
      'an unknown role',
      `Bearer ${jwt.sign({ tenant: 'acme', role: 'ROOT' }, SECRET)}`,
      /'role' claim must be/,
    ],
    [
      'the none algorithm',
      `Bearer ${jwt.sign({ tenant: 'acme' }, '', { algorithm: 'none' })}`,
      /UNAUTHENTICATED/,
    ],
  ])('refuses %s', (_label, header, expected) => {
    expect(codeOf(() => jwtMode.authenticate(header))).toMatch(expected);
  });

  it('serves the demo tenant without a token only in development mode', () => {
    const dev = new Authenticator({ authMode: 'dev', demoTenant: 'demo' });
    expect(dev.authenticate(undefined)).toEqual({
      tenantId: 'demo',
      role: 'ADMIN',
      subject: 'development-mode',
    });
  });
});
