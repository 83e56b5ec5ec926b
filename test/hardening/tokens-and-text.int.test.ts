import jwt from 'jsonwebtoken';
import type { RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { startTestApp, TEST_JWT_SECRET } from '../support/app';
import { handBuiltPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { post } from './hardening-kit';

jest.setTimeout(300_000);

const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `acc-nw' }) RETURN 1 UNION MATCH (a:Account) RETURN a //`,
  `\\u0027 OR true //`,
  `*/ MATCH (n) RETURN n /*`,
  `acc-nw\u0000`,
  `\${tenantId}`,
];

describe('tokens, tenants and text', () => {
  let app: RunningApp;
  const owner = testTenant('text-owner');
  const stranger = testTenant('text-stranger');

  beforeAll(async () => {
    app = await startTestApp({ JWT_AUDIENCE: 'stakeholder-api', JWT_ISSUER: 'https://login.example.com' });
    await seedTenant(app.db, owner, handBuiltPortfolio());
  });
  afterAll(() => app.stop());

  const sign = (claims: object, options: jwt.SignOptions = { expiresIn: '10m' }) =>
    jwt.sign(
      { aud: 'stakeholder-api', iss: 'https://login.example.com', ...claims },
      TEST_JWT_SECRET,
      options,
    );

  it('refuses tokens without exp, living too long or for another audience: 401, WWW-Authenticate, one message', async () => {
    for (const token of [
      sign({ tenant: owner }, {}),
      sign({ tenant: owner }, { expiresIn: '30d' }),
      sign({ tenant: owner, aud: 'other-api' }),
      sign({ tenant: owner, iss: 'https://evil.example.com' }),
    ]) {
      const refused = await post(app, '{ accounts { totalCount } }', token);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe(
        'Bearer realm="stakeholder-api", error="invalid_token"',
      );
      expect(refused.body.errors?.[0]?.message).toBe('The bearer token is not valid: sign in again');
      expect(JSON.stringify(refused.body)).not.toMatch(/stakeholder-api|login\.example|audience|issuer/);
    }
  });

  it('reads the tenant claim case-insensitively: TENANT is the same tenant, not a new empty one', async () => {
    const upper = await post(app, '{ accounts { totalCount } }', sign({ tenant: owner.toUpperCase() }));
    expect(upper.body).toEqual({ data: { accounts: { totalCount: 3 } } });
  });

  it('refuses development mode off loopback', () => {
    expect(() => loadConfig({ AUTH_MODE: 'dev', HOST: '0.0.0.0' })).toThrow(/only listens on loopback/);
    expect(loadConfig({ AUTH_MODE: 'dev', HOST: '127.0.0.1' }).authMode).toBe('dev');
  });

  it('stores text without control characters or bidi overrides, and escapes HTML in the Markdown plan', async () => {
    const editor = sign({ tenant: owner, role: 'EDITOR' });
    const recorded = await post(
      app,
      `mutation($input: RecordObjectiveInput!) { recordObjective(input: $input) { title } }`,
      editor,
      {
        input: {
          accountId: 'acc-nw',
          title: 'Cut\u0000 costs \u202Egnp.exe\u202C <script>alert(1)</script> by Q3\u001b[2J',
          status: 'ACTIVE',
        },
      },
    );
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data).toEqual({
      recordObjective: { title: 'Cut costs gnp.exe <script>alert(1)</script> by Q3[2J' },
    });
    const plan = await fetch(new URL('/accounts/acc-nw/account-plan.md', app.url), {
      headers: { authorization: `Bearer ${sign({ tenant: owner })}` },
    });
    const markdown = await plan.text();
    expect(plan.status).toBe(200);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toMatch(/<script/);
    expect([...markdown].some((c) => c < ' ' && c !== '\n')).toBe(false);
    expect(markdown).not.toMatch(/[\u202A-\u202E]/);
  });

  it('shows another tenant nothing, whatever ids it tries', async () => {
    const token = sign({ tenant: stranger });
    const probes = [
      '{ account(id: "acc-nw") { id } }',
      '{ stakeholder(id: "p-dana") { id } }',
      '{ stakeholderMap(accountId: "acc-nw") { nodes { id } } }',
      '{ accountHealth(accountId: "acc-nw") { score } }',
      '{ threadingRisk(accountId: "acc-nw") { score } }',
      '{ accountPlan(accountId: "acc-nw") { __typename } }',
      '{ neighbourhood(personId: "p-dana") { __typename } }',
    ];
    for (const probe of probes) {
      const answer = await post(app, probe, token);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    const list = await post(app, '{ accounts { totalCount } }', token);
    expect(list.body).toEqual({ data: { accounts: { totalCount: 0 } } });
  });

  it('treats Cypher in arguments as data: nothing found, nothing changed, no internal error', async () => {
    const token = sign({ tenant: owner });
    const before = await post(app, '{ accounts { totalCount } }', token);
    for (const value of INJECTIONS) {
      for (const query of [
        'query($v: ID!) { account(id: $v) { id } }',
        'query($v: ID!) { stakeholder(id: $v) { id } }',
        'query($v: String) { accounts(filter: { nameContains: $v }) { totalCount } }',
        'query($v: String) { accounts(filter: { industry: $v }) { totalCount } }',
      ]) {
        const answer = await post(app, query, token, { v: value });
        expect(answer.status).toBeLessThan(500);
        const codes = (answer.body.errors ?? []).map((e) => e.extensions?.['code']);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        if (query.includes('accounts(')) expect(answer.body.data).toEqual({ accounts: { totalCount: 0 } });
      }
    }
    expect(await post(app, '{ accounts { totalCount } }', token)).toMatchObject({ body: before.body });
  });
});
