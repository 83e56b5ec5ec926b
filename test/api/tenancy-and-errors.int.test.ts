import jwt from 'jsonwebtoken';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { handBuiltPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

describe('tenancy, authentication and errors', () => {
  let app: RunningApp;
  const owner = testTenant('owner');
  const stranger = testTenant('stranger');

  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://crm.example.com' });
    await seedTenant(app.db, owner, handBuiltPortfolio());
  });
  afterAll(() => app.stop());

  it('shows a tenant nothing of another tenant’s graph', async () => {
    const token = tokenFor(stranger);
    const list = await gql<{ accounts: { totalCount: number } }>(
      app,
      '{ accounts { totalCount } }',
      {},
      token,
    );
    expect(list.data!.accounts.totalCount).toBe(0);
    for (const query of [
      '{ account(id: "acc-nw") { id } }',
      '{ stakeholder(id: "p-eli") { id } }',
      '{ stakeholderMap(accountId: "acc-nw") { nodes { id } } }',
    ]) {
      const result = await gql(app, query, {}, token);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
  });

  it('refuses a request without a valid token with 401 UNAUTHENTICATED', async () => {
    const missing = await gql(app, '{ accounts { totalCount } }');
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const forged = jwt.sign({ tenant: owner, role: 'ADMIN' }, 'not-the-server-secret-but-long-enough!!', {
      expiresIn: '5m',
    });
    const result = await gql(app, '{ accounts { totalCount } }', {}, forged);
    expect(result.status).toBe(401);
    // Which check failed is logged, not told: a prober learns nothing from the message.
    expect(result.errors?.[0]?.message).toBe('The bearer token is not valid: sign in again');
  });

  it('names the field when input is bad', async () => {
    const token = tokenFor(owner);
    const tooMany = await gql(app, '{ accounts(first: 500) { totalCount } }', {}, token);
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/first: first must not be greater than 100/);

    const badCursor = await gql(app, '{ accounts(after: "garbage") { totalCount } }', {}, token);
    expect(badCursor.errors?.[0]).toMatchObject({
      message: "'after' is not a cursor this API produced",
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });

    const badDate = await gql(
      app,
      'query($since: LocalDate) { stakeholderMap(accountId: "acc-nw", interactionsSince: $since) { edges { id } } }',
      { since: 'last week' },
      token,
    );
    expect(badDate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toMatch(/\$since.*LocalDate/);

    const unknownField = await gql(app, '{ accounts { nope } }', {}, token);
    expect(unknownField.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses queries nested deeper than the configured limit', async () => {
    const deep = `{ stakeholder(id: "p-eli") { ${'manager { '.repeat(14)} name ${'} '.repeat(14)} } }`;
    const result = await gql(app, deep, {}, tokenFor(owner));
    expect(result.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('refuses a query whose estimated cost is over the limit, before running it', async () => {
    // accounts(100) × people(100) × influences → to → name: 1 + 100 × (1 + 1 + (1 + 100 × 5)) = 50,401.
    const query = `{ accounts(first: 100) { edges { node { people(first: 100) {
      edges { node { influences { to { name } } } } } } } } }`;
    const result = await gql(app, query, {}, tokenFor(owner));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxComplexity: 10_000 });
    expect(result.errors?.[0]?.message).toMatch(/too expensive \(estimated cost \d+, limit 10000\)/);
  });

  it('lets only the configured origins call from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(app.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://crm.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers /health from the database', async () => {
    const response = await fetch(app.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves a GraphQL IDE that needs no internet access', async () => {
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBe(4);
    for (const asset of scripts) {
      expect(asset.startsWith('/graphql/assets/')).toBe(true);
      const response = await fetch(new URL(asset, app.url));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
