import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff } from '@graphql-inspector/core';
import { buildClientSchema, buildSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { auditServer, type AuditResult } from 'graphql-http';
import { PROJECT_ROOT } from '../../src/config/paths';
import type { RunningApp } from '../../src/app';
import { startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';

/**
 * The GraphQL-over-HTTP contract: graphql-http's own audit of the running server, and one JSON
 * error shape (never HTML, a stack or a path) with the right status for every failure the HTTP
 * layer produces.
 */
describe('HTTP contract', () => {
  let app: RunningApp;
  const tenant = testTenant('http-contract');
  const token = tokenFor(tenant, 'VIEWER');

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('passes every MUST and at least 22 of 23 SHOULD of the graphql-http audit', async () => {
    const results: AuditResult[] = await auditServer({
      url: app.url,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const failed = (level: string) =>
      results.filter((r) => r.id && r.name.startsWith(level) && r.status !== 'ok').map((r) => r.name);
    const count = (level: string) => results.filter((r) => r.name.startsWith(level)).length;
    expect(failed('MUST')).toEqual([]);
    expect(count('MUST')).toBeGreaterThanOrEqual(13);
    expect(count('SHOULD')).toBe(23);
    expect(failed('SHOULD')).toEqual([]);
  });

  /** Posts a raw body and returns the status, content type and parsed body. */
  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        authorization: `Bearer ${token}`,
        ...headers,
      },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      json: safeJson(text),
    };
  }

  function safeJson(text: string): { errors?: { message: string; extensions?: Record<string, unknown> }[] } {
    try {
      return JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    } catch {
      return {};
    }
  }

  /** The one shape: JSON, an errors array with a code, nothing of the server's insides. */
  function expectEnvelope(result: Awaited<ReturnType<typeof post>>, status: number, code: string) {
    expect(result.status).toBe(status);
    expect(result.type).toMatch(/json/);
    expect(result.json.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(result.text).not.toMatch(/<html|<pre|at [\w.]+ \(|\/work\/|node_modules|stack/i);
  }

  it('answers malformed JSON with 400, even without a token', async () => {
    expectEnvelope(await post('{"query": "{ accounts', { authorization: '' }), 400, 'BAD_REQUEST');
  });

  it('answers a body over the limit with 413', async () => {
    const big = JSON.stringify({
      query: `{ accounts(first: 1) { totalCount } }`,
      padding: 'x'.repeat(1_100_000),
    });
    expectEnvelope(await post(big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers another content type with 415', async () => {
    expectEnvelope(
      await post('query { accounts { totalCount } }', { 'content-type': 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('answers a missing or bad token with 401 and a bad role with 403', async () => {
    const query = JSON.stringify({ query: '{ accounts(first: 1) { totalCount } }' });
    expectEnvelope(await post(query, { authorization: '' }), 401, 'UNAUTHENTICATED');
    expectEnvelope(await post(query, { authorization: 'Bearer not-a-token' }), 401, 'UNAUTHENTICATED');
    const mutation = JSON.stringify({ query: 'mutation { archiveAccount(input: { id: "acc-1" }) { id } }' });
    const forbidden = await post(mutation);
    expect(forbidden.json.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(forbidden.text).not.toMatch(/stack|\/work\//);
  });

  it('answers an over-cost query, a bad variable, an invalid and a too-deep document with 400', async () => {
    const costly = `{ accounts(first: 100) { edges { node { people(first: 100) { edges { node { influences { to { name } } } } } } } } }`;
    expectEnvelope(await post(JSON.stringify({ query: costly })), 400, 'BAD_USER_INPUT');
    const variables = JSON.stringify({
      query: 'query($n: Int!) { accounts(first: $n) { totalCount } }',
      variables: { n: 'many' },
    });
    expectEnvelope(await post(variables), 400, 'BAD_USER_INPUT');
    expectEnvelope(await post(JSON.stringify({ query: '{ nope }' })), 400, 'GRAPHQL_VALIDATION_FAILED');
    const deep = `{ stakeholder(id: "p") { ${'manager { '.repeat(14)}name${' }'.repeat(14)} } }`;
    expectEnvelope(await post(JSON.stringify({ query: deep })), 400, 'GRAPHQL_VALIDATION_FAILED');
    expectEnvelope(await post(JSON.stringify({ query: '{ nope' })), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers a request error with 200 and the same errors to a client that accepts only application/json', async () => {
    const legacy = await post(JSON.stringify({ query: '{ nope }' }), { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.type).toMatch(/^application\/json/);
    expect(legacy.json.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a self-referencing fragment with 400 instead of overflowing the stack', async () => {
    const query = `{ stakeholder(id: "p") { ...Up } } fragment Up on Stakeholder { manager { ...Up } }`;
    const result = await post(JSON.stringify({ query }));
    expectEnvelope(result, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(result.json.errors?.[0]?.message).toMatch(/Cannot spread fragment "Up" within itself/);
  });

  it('answers an unknown path and a wrong method in the same shape', async () => {
    const missing = await fetch(app.url.replace('/graphql', '/nowhere'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const put = await fetch(app.url, { method: 'PUT', headers: { authorization: `Bearer ${token}` } });
    expect(put.status).toBe(405);
    expect(await put.json()).toMatchObject({ errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  });
});

describe('schema.graphql against the live server', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('has no difference graphql-inspector reports (the explicit schema block keeps Subscription a plain type)', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokenFor(testTenant('sdl'), 'VIEWER')}`,
      },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const { data } = (await response.json()) as { data: IntrospectionQuery };
    const committed = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
    const changes = await diff(committed, buildClientSchema(data));
    // Introspection carries no directive usages, so every `@deprecated` in the file reads as a
    // removed usage; deprecations themselves are still compared (FIELD_DEPRECATION_* changes,
    // from the reasons introspection does carry).
    const comparable = changes.filter((c) => !String(c.type).startsWith('DIRECTIVE_USAGE_'));
    expect(comparable.map((c) => `${c.criticality.level}: ${c.message}`)).toEqual([]);
    expect(changes.length - comparable.length).toBeLessThanOrEqual(
      (readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8').match(/@deprecated/g) ?? []).length,
    );
    expect(committed.getSubscriptionType()).toBeUndefined();
  });
});
