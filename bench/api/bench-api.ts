import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import neo4j, { type Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '../../src/app';
import { createLogger } from '../../src/config/logger';
import { CYPHER_ROOT } from '../../src/config/paths';
import type { Params } from '../../src/db/cypher-executor';
import { QueryRegistry } from '../../src/db/query-registry';
import { embeddedDemoApiConfig, sharedNeo4jApiConfig } from '../support/bench-apps';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count, ms, ratio, table } from '../support/figures';
import { requestsPerSecond, startBareServer, type Target } from './http-load';
import { JsonClient } from './json-client';
import { MAP_QUERY } from './map-query';
import { roundOrders, type RoundOrder } from './round-order';
import { NEO4J_GRAPHQL_PEOPLE_PAGE, startNeo4jGraphQLServer } from './neo4j-graphql-server';

import { samePeople, type OurPeoplePage, type TheirPeoplePage } from './same-people';

const USAGE = `Usage: npm run bench:api -- [--rounds N] [--rps-requests N] [--concurrency N] [--page N] [--order shuffled|cyclic] [--seed N] [--keep]

Starts its own embedded Neo4j with the demo portfolio (startApp, as npm start does), then in one
run, interleaved round by round, times
  - the stakeholder map of the demo account with the most people, through our GraphQL API and
    as the same Cypher statements through a bare neo4j-driver (driver.executeQuery);
    GraphQL goes through a kept-alive node:http client; the map once more through fetch (undici),
    the client before round 5, to show what the client costs;
  - both through a second API executing with graphql-js instead of graphql-jit (GRAPHQL_EXECUTOR);
  - that account's people page (people, roles, managers, influence both ways) through our API,
    through the raw driver, and through an @neo4j/graphql server over the same labels and data
    (its answer checked equal to ours first);
  - both sets of statements once more through the raw driver as auto-commit reads (session.run),
    as the API runs its reads: executeQuery's managed transaction costs a COMMIT round trip more;
  - { __typename } requests per second against a bare Node HTTP server, in development and JWT mode;
  - the statements each request costs, and the account plan's first call against warm ones.
Loopback only; every loop is bounded. Prints figures; asserts nothing.

  --rounds        timed requests of each kind (default 150)
  --rps-requests  requests per server for { __typename } (default 3000, in 3 interleaved rounds)
  --concurrency   requests in flight for { __typename } (default 8)
  --page          people per page (default 100)
  --order         the kinds' order within a round: shuffled (default; a new seeded random order
                  each round) or cyclic (each round starting with the next kind, until round 8)
  --seed          the shuffle's seed (default 1)
  --keep          keep the throwaway Neo4j store and print where it is`;

const JWT_SECRET = 'bench-api-secret-of-at-least-32-characters';
const TENANT = 'demo';

const MAP = MAP_QUERY;

const PEOPLE = `query($id: ID!, $first: Int!) { account(id: $id) { name people(first: $first) { edges { node {
  id name manager { name } roles { role since }
  influences { weight to { name } } influencedBy { weight from { name } } } } } } }`;

const PLAN = `query($id: ID!) { accountPlan(accountId: $id) { accountId asOf markdown
  keyPeople { personId roles engaged } mutualActionPlan { date source sourceId } } }`;

interface Options {
  rounds: number;
  rpsRequests: number;
  concurrency: number;
  page: number;
  order: RoundOrder;
  seed: number;
  keep: boolean;
}

interface Statement {
  name: string;
  params: Params;
}

/** Nearest-rank percentile of timings. */
function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Every GraphQL request of the bench, through one kept-alive node:http client (json-client.ts). */
const client = new JsonClient();

function graphql<T>(target: Target, query: string, variables: Record<string, unknown>): Promise<T> {
  return client.post<T>(target, query, variables);
}

/** The same request through `fetch` (undici), the benches' client before round 5: what it costs. */
async function graphqlByFetch<T>(
  target: Target,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${target.url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The statements one request ran, with their parameters, in order. */
async function statementsOf(app: RunningApp, work: () => Promise<unknown>): Promise<Statement[]> {
  const ran: Statement[] = [];
  const stop = app.db.onQuery((event) => {
    if (event.tenantId === TENANT) {
      const { tenantId: _tenant, ...params } = event.params;
      ran.push({ name: event.name, params });
    }
  });
  try {
    await work();
  } finally {
    stop();
  }
  return ran;
}

/** The same statements, one after the other as the API needs them, through the driver's own API. */
function rawReplay(driver: Driver, registry: QueryRegistry, statements: Statement[]): () => Promise<void> {
  return async () => {
    for (const s of statements) {
      await driver.executeQuery(
        registry.get(s.name).text,
        { ...s.params, tenantId: TENANT },
        { database: 'neo4j', routing: neo4j.routing.READ },
      );
    }
  };
}

/**
 * The same statements as auto-commit reads on one session each (`session.run`), as the API has
 * run its reads since round 6 (src/db/auto-commit-read.ts): `executeQuery` above is a managed
 * transaction (BEGIN, RUN and PULL, then COMMIT a round trip later), so this row is the like for
 * like one; the goals keep `executeQuery`, the driver's own recommended API.
 */
function rawAutoCommit(
  driver: Driver,
  registry: QueryRegistry,
  statements: Statement[],
): () => Promise<void> {
  return async () => {
    for (const s of statements) {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(registry.get(s.name).text, { ...s.params, tenantId: TENANT });
      } finally {
        await session.close();
      }
    }
  };
}

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    {
      rounds: { type: 'string', default: '150' },
      'rps-requests': { type: 'string', default: '3000' },
      concurrency: { type: 'string', default: '8' },
      page: { type: 'string', default: '100' },
      order: { type: 'string', default: 'shuffled' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
    },
    USAGE,
  );
  const options: Options = {
    rounds: wholeOption('rounds', values.rounds),
    rpsRequests: wholeOption('rps-requests', values['rps-requests']),
    concurrency: wholeOption('concurrency', values.concurrency),
    page: wholeOption('page', values.page),
    order: roundOrderOption(values.order),
    seed: wholeOption('seed', values.seed),
    keep: values.keep,
  };
  const home = mkdtempSync(join(tmpdir(), 'bench-api-neo4j-'));
  const logger = createLogger('silent', false);
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    say('Starting an embedded Neo4j with the demo portfolio and the API (development mode) ...');
    let started = performance.now();
    const app = await startApp(embeddedDemoApiConfig(home), logger);
    cleanups.push(() => app.stop());
    say(`  ready in ${((performance.now() - started) / 1000).toFixed(1)} s (start-up warm-up included)`);
    const jwtApp = await startApp(sharedNeo4jApiConfig(app.boltUri, JWT_SECRET), logger);
    cleanups.push(() => jwtApp.stop());
    // The same API executing with graphql-js instead of graphql-jit (GRAPHQL_EXECUTOR), to show
    // what the executor is worth in this run.
    // JWT mode: development mode needs the embedded database; a verified token costs a map lookup.
    const plainApp = await startApp(
      sharedNeo4jApiConfig(app.boltUri, JWT_SECRET, { GRAPHQL_EXECUTOR: 'graphql-js' }),
      logger,
    );
    cleanups.push(() => plainApp.stop());
    const driver = neo4j.driver(app.boltUri);
    cleanups.push(() => driver.close());
    const registry = QueryRegistry.load(CYPHER_ROOT);
    const generic = await startNeo4jGraphQLServer(driver);
    cleanups.push(() => generic.stop());
    const bare = await startBareServer();
    cleanups.push(() => new Promise((resolve) => bare.server.close(resolve)));

    const api: Target = { url: app.url, headers: {} };
    const token = jwt.sign({ tenant: TENANT, role: 'VIEWER', sub: 'bench-api' }, JWT_SECRET, {
      expiresIn: '1h',
    });
    const apiJwt: Target = { url: jwtApp.url, headers: { authorization: `Bearer ${token}` } };
    const genericTarget: Target = { url: generic.url, headers: {} };
    const apiGraphqlJs: Target = { url: plainApp.url, headers: apiJwt.headers };

    // The demo account with the most people.
    const list = await graphql<{
      accounts: { edges: { node: { id: string; name: string; people: { totalCount: number } } }[] };
    }>(api, '{ accounts(first: 100) { edges { node { id name people(first: 1) { totalCount } } } } }', {});
    const account = list.accounts.edges
      .map((e) => e.node)
      .reduce((best, a) => (a.people.totalCount > best.people.totalCount ? a : best));
    say(`  account: ${account.name} (${account.id}), ${account.people.totalCount} people`);
    const id = account.id;

    // The account plan: its first call after start-up against warm ones.
    const planStatements = await statementsOf(app, async () => {
      started = performance.now();
      await graphql(api, PLAN, { id });
    });
    const planFirst = performance.now() - started;
    const planWarm: number[] = [];
    for (let i = 0; i < 5; i += 1) planWarm.push(await timed(() => graphql(api, PLAN, { id })));

    // The answers, checked before anything is timed.
    const mapStatements = await statementsOf(app, () => graphql(api, MAP, { id }));
    const peopleVars = { id, first: options.page };
    let ours: OurPeoplePage | undefined;
    const peopleStatements = await statementsOf(app, async () => {
      ours = await graphql<OurPeoplePage>(api, PEOPLE, peopleVars);
    });
    const theirs = await graphql<TheirPeoplePage>(genericTarget, NEO4J_GRAPHQL_PEOPLE_PAGE, {
      id,
      tenant: TENANT,
      first: options.page,
    });
    const today = new Date().toISOString().slice(0, 10);
    const difference = samePeople(ours!, theirs, today);
    if (difference !== null) throw new Error(`@neo4j/graphql answers differently: ${difference}`);
    say(`  @neo4j/graphql's people page checked equal to ours (${options.page} people per page)`);

    const runs: Record<string, () => Promise<unknown>> = {
      'map: API': () => graphql(api, MAP, { id }),
      'map: raw driver': rawReplay(driver, registry, mapStatements),
      'map: API, fetch client': () => graphqlByFetch(api, MAP, { id }),
      'people: API': () => graphql(api, PEOPLE, peopleVars),
      'map: API, graphql-js': () => graphql(apiGraphqlJs, MAP, { id }),
      'people: API, graphql-js': () => graphql(apiGraphqlJs, PEOPLE, peopleVars),
      'people: raw driver': rawReplay(driver, registry, peopleStatements),
      'map: raw driver, auto-commit': rawAutoCommit(driver, registry, mapStatements),
      'people: raw driver, auto-commit': rawAutoCommit(driver, registry, peopleStatements),
      'people: @neo4j/graphql': () =>
        graphql(genericTarget, NEO4J_GRAPHQL_PEOPLE_PAGE, { id, tenant: TENANT, first: options.page }),
    };
    const names = Object.keys(runs);
    const timings = new Map(names.map((n) => [n, [] as number[]]));
    // CPU this process spends per request (client, API and driver; Neo4j is another process):
    // less at the mercy of a busy machine's scheduler than the elapsed time.
    const cpu = new Map(names.map((n) => [n, [] as number[]]));
    // Ten untimed rounds, then the timed ones; the kinds in a new random order each round (or
    // cyclic: round-order.ts says why not by default).
    say(`Timing ${options.rounds} interleaved rounds (${options.order} order) ...`);
    const orderOf = roundOrders(options.order, options.seed);
    for (let round = -10; round < options.rounds; round += 1) {
      for (const name of orderOf(round, names)) {
        const cpuBefore = process.cpuUsage();
        const elapsed = await timed(runs[name]!);
        const used = process.cpuUsage(cpuBefore);
        if (round >= 0) {
          timings.get(name)!.push(elapsed);
          cpu.get(name)!.push((used.user + used.system) / 1000);
        }
      }
    }
    const p = (name: string, q: number) => percentile(timings.get(name)!, q);

    say();
    say(`Latency over ${options.rounds} rounds (ms; ratio = API / raw driver, or @neo4j/graphql / API)`);
    const latencyRow = (name: string, statements: number) => [
      name,
      ms(p(name, 0.5)),
      ms(p(name, 0.99)),
      count(statements),
    ];
    const maps = mapStatements.length;
    const people = peopleStatements.length;
    for (const line of table(
      ['request', 'p50', 'p99', 'statements'],
      [
        latencyRow('map: API', maps),
        latencyRow('map: raw driver', maps),
        latencyRow('map: API, fetch client', maps),
        latencyRow('people: API', people),
        latencyRow('map: API, graphql-js', maps),
        latencyRow('people: API, graphql-js', people),
        latencyRow('people: raw driver', people),
        latencyRow('map: raw driver, auto-commit', maps),
        latencyRow('people: raw driver, auto-commit', people),
        latencyRow('people: @neo4j/graphql', 1),
      ],
    ))
      say(`  ${line}`);
    say();
    say(
      `  map, API / raw driver:            p50 ${ratio(p('map: API', 0.5), p('map: raw driver', 0.5))}  p99 ${ratio(p('map: API', 0.99), p('map: raw driver', 0.99))}   (goal p50 <= 1.25x, p99 <= 1.5x)`,
    );
    say(
      `  map, API by fetch / raw driver:   p50 ${ratio(p('map: API, fetch client', 0.5), p('map: raw driver', 0.5))}  p99 ${ratio(p('map: API, fetch client', 0.99), p('map: raw driver', 0.99))}   (the client before round 5: undici's fetch)`,
    );
    say(
      `  map, graphql-js / graphql-jit:    p50 ${ratio(p('map: API, graphql-js', 0.5), p('map: API', 0.5))}  (the executor alone; GRAPHQL_EXECUTOR)`,
    );
    say(
      `  people, graphql-js / graphql-jit: p50 ${ratio(p('people: API, graphql-js', 0.5), p('people: API', 0.5))}`,
    );
    say(
      `  people, API / raw driver:         p50 ${ratio(p('people: API', 0.5), p('people: raw driver', 0.5))}  p99 ${ratio(p('people: API', 0.99), p('people: raw driver', 0.99))}`,
    );
    say(
      `  map, API / raw auto-commit:       p50 ${ratio(p('map: API', 0.5), p('map: raw driver, auto-commit', 0.5))}  p99 ${ratio(p('map: API', 0.99), p('map: raw driver, auto-commit', 0.99))}   (like for like: the API's reads are auto-commit too)`,
    );
    say(
      `  people, API / raw auto-commit:    p50 ${ratio(p('people: API', 0.5), p('people: raw driver, auto-commit', 0.5))}  p99 ${ratio(p('people: API', 0.99), p('people: raw driver, auto-commit', 0.99))}`,
    );
    say(
      `  people, @neo4j/graphql / API:     p50 ${ratio(p('people: @neo4j/graphql', 0.5), p('people: API', 0.5))}  p99 ${ratio(p('people: @neo4j/graphql', 0.99), p('people: API', 0.99))}   (goal p50 >= 2x)`,
    );
    say();
    say('Node CPU per request in this process (ms, median; the @neo4j/graphql server runs here too)');
    for (const line of table(
      ['request', 'CPU p50'],
      names.map((name) => [name, ms(percentile(cpu.get(name)!, 0.5))]),
    ))
      say(`  ${line}`);

    say();
    say(
      `{ __typename }: ${count(options.rpsRequests)} requests per server, ${options.concurrency} in flight, 3 interleaved rounds`,
    );
    const typename = JSON.stringify({ query: '{ __typename }' });
    const rpsTargets: [string, Target][] = [
      ['bare Node HTTP server', { url: bare.url, headers: {} }],
      ['API, development mode', api],
      ['API, JWT mode', apiJwt],
    ];
    const rps = new Map<string, number[]>(rpsTargets.map(([n]) => [n, []]));
    await requestsPerSecond(api, typename, 200, options.concurrency);
    await requestsPerSecond(apiJwt, typename, 200, options.concurrency);
    for (let round = 0; round < 3; round += 1) {
      for (let k = 0; k < rpsTargets.length; k += 1) {
        const [name, target] = rpsTargets[(round + k) % rpsTargets.length]!;
        const perRound = Math.ceil(options.rpsRequests / 3);
        rps.get(name)!.push(await requestsPerSecond(target, typename, perRound, options.concurrency));
      }
    }
    // Requests per second over the three rounds: the harmonic mean of equal-sized rounds.
    const rate = (name: string) => {
      const r = rps.get(name)!;
      return r.length / r.reduce((sum, x) => sum + 1 / x, 0);
    };
    const bareRate = rate('bare Node HTTP server');
    for (const line of table(
      ['server', 'req/s', 'x bare'],
      rpsTargets.map(([name]) => [name, count(rate(name)), ratio(rate(name), bareRate)]),
    ))
      say(`  ${line}`);
    say('  (goal: API >= 0.35x the bare server, in JWT mode too)');

    say();
    say('Statements per request');
    const counts = (s: Statement[]) => {
      const byName = new Map<string, number>();
      for (const { name } of s) byName.set(name, (byName.get(name) ?? 0) + 1);
      return [...byName].map(([n, c]) => (c > 1 ? `${n} x${c}` : n)).join(', ');
    };
    say(`  stakeholder map: ${mapStatements.length} (${counts(mapStatements)})`);
    say(`  people page:     ${peopleStatements.length} (${counts(peopleStatements)})`);
    say(`  account plan:    ${planStatements.length} (goal <= 15)`);
    say(`    ${counts(planStatements)}`);
    const warm = percentile(planWarm, 0.5);
    say();
    say(
      `Account plan: first call after start-up ${ms(planFirst)} ms, warm median ${ms(warm)} ms: ${ratio(planFirst, warm)} (goal <= 1.5x)`,
    );
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    client.close();
    if (options.keep) say(`Neo4j store kept in ${home}`);
    else rmSync(home, { recursive: true, force: true });
  }
}

function roundOrderOption(value: string | undefined): RoundOrder {
  if (value === 'shuffled' || value === 'cyclic') return value;
  throw new Error(`--order must be shuffled or cyclic, not ${String(value)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
