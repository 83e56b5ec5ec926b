import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import type { RunningApp } from '../../src/app';
import { PROJECT_ROOT } from '../../src/config/paths';
import { KnownDocuments } from '../../src/http/known-documents';
import { startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { postRaw as send, type RawAnswer as Answer } from '../support/raw-http';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/** Headers whose values differ from one request to the next whichever path answers. */
const PER_REQUEST = new Set([
  'x-request-id',
  'server-timing',
  'date',
  'ratelimit',
  'ratelimit-policy',
  'keep-alive',
]);

function comparable(answer: Answer) {
  const headers = Object.fromEntries(
    Object.entries(answer.headers)
      .filter(([name]) => !PER_REQUEST.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    status: answer.status,
    headers,
    headerNames: Object.keys(answer.headers).sort(),
    body: answer.body,
  };
}

/** The README's query operations (mutations there are not repeatable: they are checked elsewhere). */
function readmeQueries(): { name: string; source: string; operationName?: string }[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m, block) =>
    parse(m[1]!)
      .definitions.filter(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY,
      )
      .map((d) => ({
        name: `README block ${block + 1} ${d.name?.value ?? ''}`,
        source: m[1]!,
        operationName: d.name?.value,
      })),
  );
}

/**
 * A query text Apollo has validated once is answered the next time by the known-documents path
 * (src/http/known-documents.ts), without Apollo's pipeline. Both paths must answer byte for byte
 * alike: an app with the path and one without get the same requests in the same order, each
 * twice (the first makes the text known), and the second answers are compared: status, body and
 * every header but the per-request ones (id, timing, date, rate-limit counters).
 */
describe('known documents: the same answers as Apollo', () => {
  let lean: RunningApp;
  let apollo: RunningApp;
  const tenant = testTenant('known-docs');
  const admin = tokenFor(tenant, 'ADMIN');
  const viewer = tokenFor(tenant, 'VIEWER');
  const json = (token?: string, extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  // The lean app's KnownDocuments (the one whose plugin Apollo was given), to count what it answered.
  const instances: KnownDocuments[] = [];
  const plugin = KnownDocuments.prototype.plugin;
  const spy = jest.spyOn(KnownDocuments.prototype, 'plugin').mockImplementation(function (
    this: KnownDocuments,
  ) {
    instances.push(this);
    return plugin.call(this);
  });

  beforeAll(async () => {
    lean = await startTestApp({}, demoClock);
    apollo = await startTestApp({ GRAPHQL_KNOWN_DOCUMENTS: 'false' }, demoClock);
    expect(instances).toHaveLength(1);
    await seedTenant(lean.db, tenant, demoAccounts([1, 5, 7]));
  }, 600_000);
  afterAll(async () => {
    spy.mockRestore();
    await lean?.stop();
    await apollo?.stop();
  });

  /** Both apps, twice each, interleaved; the second answers; whether the lean app's second was served by the path. */
  async function bothTwice(body: unknown, headers: Record<string, string>) {
    const text = JSON.stringify(body);
    await send(apollo.url, text, headers);
    await send(lean.url, text, headers);
    const fromApollo = await send(apollo.url, text, headers);
    const before = instances[0]!.answered;
    const fromLean = await send(lean.url, text, headers);
    const served = instances[0]!.answered > before;
    return { fromApollo, fromLean, served };
  }

  const cases: [string, unknown, Record<string, string>, { served: boolean; status?: number }][] = [
    ['{ __typename }', { query: '{ __typename }' }, json(viewer), { served: true, status: 200 }],
    [
      'GraphQL response media type',
      { query: '{ __typename }' },
      json(viewer, { accept: 'application/graphql-response+json' }),
      { served: true, status: 200 },
    ],
    [
      'a NOT_FOUND error with its code',
      { query: 'query One($id: ID!) { account(id: $id) { id name } }', variables: { id: 'acc-missing' } },
      json(viewer),
      { served: true },
    ],
    [
      'variables with defaults, named operation among two',
      {
        query:
          'query Page($first: Int = 2) { accounts(first: $first) { totalCount edges { node { id name } } } } query Other { __typename }',
        operationName: 'Page',
      },
      json(viewer),
      { served: true, status: 200 },
    ],
    [
      'a variable that does not coerce (legacy client: 200)',
      {
        query: 'query Page($first: Int = 2) { accounts(first: $first) { totalCount } }',
        variables: { first: 'x' },
      },
      json(viewer),
      { served: true },
    ],
    [
      'a variable that does not coerce (graphql-response+json: 400)',
      {
        query: 'query Page($first: Int = 2) { accounts(first: $first) { totalCount } }',
        variables: { first: 'x' },
      },
      json(viewer, { accept: 'application/graphql-response+json' }),
      { served: true, status: 400 },
    ],
    [
      'over the cost limit',
      {
        query:
          'query Costly($n: Int = 100) { accounts(first: $n) { edges { node { people(first: 100) { edges { node { id name title } } } relationships(first: 100) { totalCount } } } } }',
      },
      json(viewer, { accept: 'application/graphql-response+json' }),
      { served: true },
    ],
    [
      'no token: 401 with its challenge',
      { query: '{ __typename }' },
      json(undefined),
      { served: false, status: 401 },
    ],
    [
      'a viewer may not write: FORBIDDEN',
      { query: 'mutation { updateAccount(input: { id: "acc-0005", region: "EMEA" }) { id } }' },
      json(viewer),
      { served: true },
    ],
    [
      'a repeatable mutation',
      {
        query:
          'mutation Same($id: ID!) { updateAccount(input: { id: $id, website: "https://example.com" }) { id name website } }',
        variables: { id: 'acc-0005' },
      },
      json(admin),
      { served: true, status: 200 },
    ],
    [
      'an Accept header taking no JSON: 406 by Apollo',
      { query: '{ __typename }' },
      json(viewer, { accept: 'text/html' }),
      { served: false, status: 406 },
    ],
  ];

  it.each(cases)('%s', async (_name, body, headers, expected) => {
    const { fromApollo, fromLean, served } = await bothTwice(body, headers);
    expect(comparable(fromLean)).toEqual(comparable(fromApollo));
    if (expected.status !== undefined) expect(fromLean.status).toBe(expected.status);
    // Known to the path: answered by it, or handed to Apollo before anything ran (refused token, Accept).
    expect(served).toBe(expected.served);
  });

  it.each(readmeQueries().map((q) => [q.name, q] as const))('%s', async (_name, q) => {
    const { fromApollo, fromLean, served } = await bothTwice(
      { query: q.source, operationName: q.operationName },
      json(admin),
    );
    expect(comparable(fromLean)).toEqual(comparable(fromApollo));
    expect(served).toBe(true);
  });

  it('counts operations and errors in /metrics as Apollo does', async () => {
    const metrics = async (app: RunningApp) => {
      const text = await (await fetch(`${app.url.replace(/\/graphql$/, '')}/metrics`)).text();
      return text
        .split('\n')
        .filter((line) =>
          /^(graphql_operation_duration_seconds_count|app_errors_total|http_refusals_total)\{/.test(line),
        )
        .sort();
    };
    const lines = await metrics(lean);
    expect(
      lines.some((line) => line.startsWith('graphql_operation_duration_seconds_count{operation="Page"')),
    ).toBe(true);
    expect(lines).toEqual(await metrics(apollo));
  });
});
