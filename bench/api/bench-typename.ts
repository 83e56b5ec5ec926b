import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import jwt from 'jsonwebtoken';
import { startApp } from '../../src/app';
import { createLogger } from '../../src/config/logger';
import { LAUNCHER_ROOT } from '../../src/config/paths';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import { sharedNeo4jApiConfig } from '../support/bench-apps';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count, ratio, table } from '../support/figures';
import { requestsPerSecond, startBareServer, type Target } from './http-load';

const USAGE = `Usage: npm run bench:typename -- [--requests N] [--concurrency N] [--neo4j-uri bolt://…]

Only the { __typename } part of bench:api, for measuring the fixed cost of a request: a bare Node
HTTP server and the API in development and JWT mode (each with every safety measure on: request
ids, access log, metrics, rate and tenant limits, auth, depth and cost limits), the JWT API with
every request through Apollo's pipeline (GRAPHQL_KNOWN_DOCUMENTS=false), and for reference
our schema behind a plain Apollo Server (Express integration, defaults, nothing else), interleaved
over three rounds, in one process with the client (as bench:api). Starts its own empty embedded Neo4j
unless --neo4j-uri names one (the API only needs it to start; { __typename } reads nothing).
Prints figures; asserts nothing.

  --requests     requests per server (default 6000, in 3 interleaved rounds)
  --concurrency  requests in flight (default 8)
  --neo4j-uri    use this Neo4j (auth off, as the embedded one) instead of starting one`;

const JWT_SECRET = 'bench-typename-secret-of-at-least-32-characters';

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    {
      requests: { type: 'string', default: '6000' },
      concurrency: { type: 'string', default: '8' },
      'neo4j-uri': { type: 'string' },
    },
    USAGE,
  );
  const requests = wholeOption('requests', values.requests);
  const concurrency = wholeOption('concurrency', values.concurrency);
  const logger = createLogger('silent', false);
  const cleanups: (() => Promise<unknown>)[] = [];
  let home: string | undefined;
  try {
    let uri = values['neo4j-uri'];
    if (uri === undefined) {
      say('Starting an empty embedded Neo4j ...');
      home = mkdtempSync(join(tmpdir(), 'bench-typename-neo4j-'));
      const neo4j = await EmbeddedNeo4j.start({
        launcherRoot: LAUNCHER_ROOT,
        homeDir: home,
        port: 0,
        heapMb: 512,
        pageCacheMb: 64,
        transactionTimeoutSeconds: 60,
        log: () => undefined,
      });
      cleanups.push(() => neo4j.stop());
      uri = neo4j.boltUri;
    }
    const config = () => sharedNeo4jApiConfig(uri, JWT_SECRET, { SCORE_WORKER: 'false' });
    // Development mode (no token: the demo tenant's admin) is only allowed on the embedded database,
    // a rule for deployments; this loopback-only bench shares one Neo4j between both servers.
    const devConfig = Object.assign(config(), { authMode: 'dev' as const, jwtSecret: undefined });
    const dev = await startApp(devConfig, logger);
    cleanups.push(() => dev.stop());
    const jwtApp = await startApp(config(), logger);
    cleanups.push(() => jwtApp.stop());
    // The JWT API with every request through Apollo's pipeline (no known-documents path), to show
    // that path's share in the same run.
    const viaApollo = await startApp(
      sharedNeo4jApiConfig(uri, JWT_SECRET, { SCORE_WORKER: 'false', GRAPHQL_KNOWN_DOCUMENTS: 'false' }),
      logger,
    );
    cleanups.push(() => viaApollo.stop());
    const bare = await startBareServer();
    cleanups.push(() => new Promise((resolve) => bare.server.close(resolve)));
    const plain = await startPlainApollo();
    cleanups.push(() => plain.stop());
    const token = jwt.sign({ tenant: 'demo', role: 'VIEWER', sub: 'bench-typename' }, JWT_SECRET, {
      expiresIn: '1h',
    });
    const targets: [string, Target][] = [
      ['bare Node HTTP server', { url: bare.url, headers: {} }],
      ['API, development mode', { url: dev.url, headers: {} }],
      ['API, JWT mode', { url: jwtApp.url, headers: { authorization: `Bearer ${token}` } }],
      [
        'API, JWT mode, all through Apollo',
        { url: viaApollo.url, headers: { authorization: `Bearer ${token}` } },
      ],
      ['plain Apollo Server (reference)', { url: plain.url, headers: {} }],
    ];
    const payload = JSON.stringify({ query: '{ __typename }' });
    for (const [, target] of targets) await requestsPerSecond(target, payload, 500, concurrency);
    const rps = new Map<string, number[]>(targets.map(([n]) => [n, []]));
    // CPU this process spends per request (client and server both run here): on a shared machine
    // it moves much less than the elapsed time.
    const cpu = new Map<string, number>(targets.map(([n]) => [n, 0]));
    const perRound = Math.ceil(requests / 3);
    for (let round = 0; round < 3; round += 1) {
      for (let k = 0; k < targets.length; k += 1) {
        const [name, target] = targets[(round + k) % targets.length]!;
        const before = process.cpuUsage();
        rps.get(name)!.push(await requestsPerSecond(target, payload, perRound, concurrency));
        const used = process.cpuUsage(before);
        cpu.set(name, cpu.get(name)! + (used.user + used.system) / (3 * perRound));
      }
    }
    // The harmonic mean of equal-sized rounds: requests per second over the three.
    const rate = (name: string) => {
      const r = rps.get(name)!;
      return r.length / r.reduce((sum, x) => sum + 1 / x, 0);
    };
    const bareRate = rate('bare Node HTTP server');
    say(`{ __typename }: ${count(requests)} requests per server, ${concurrency} in flight`);
    const bareCpu = cpu.get('bare Node HTTP server')!;
    for (const line of table(
      ['server', 'req/s', 'x bare', 'CPU us/request', 'bare / this CPU'],
      targets.map(([name]) => [
        name,
        count(rate(name)),
        ratio(rate(name), bareRate),
        count(cpu.get(name)!),
        ratio(bareCpu, cpu.get(name)!),
      ]),
    ))
      say(`  ${line}`);
    say('  (goal: API >= 0.35x the bare server, in JWT mode too; the plain Apollo Server is our schema');
    say('   behind @as-integrations/express5 with Apollo defaults and nothing else: no limits, ids, logs;');
    say('   "all through Apollo" is the JWT API with GRAPHQL_KNOWN_DOCUMENTS=false)');
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    if (home !== undefined) rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Our schema behind Apollo Server's Express integration with its defaults and nothing else (no
 * request ids, limits, logs, metrics or auth): what the GraphQL layer alone costs, for reference.
 */
async function startPlainApollo(): Promise<{ url: string; stop: () => Promise<void> }> {
  const apollo = new ApolloServer({ schema: buildGraphQLSchema() });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
