import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { generateDemoPortfolio } from '../../seed/demo/generate-portfolio';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/config/logger';
import { LAUNCHER_ROOT } from '../../src/config/paths';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import { PortfolioWriteRepository } from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { ms, ratio, table } from '../support/figures';
import { measurePhase, type PhaseUsage } from './phase-usage';

const USAGE = `npm run bench:load -- [--users 20] [--seconds 20]

Loopback only, bounded: a throwaway embedded Neo4j with the demo portfolio in two tenants, the
real server on it (JWT callers). Phase 1: --users concurrent users of tenant A loop over a mix of
screens for --seconds. Phase 2: the same while tenant B sends the expensive aliased request of
issue 14 (500 aliased accountPlan, and 9: the most still admitted) from 4
connections. Prints p50/p99 per screen and error counts (GraphQL errors inside HTTP 200 counted),
and phase 2's p99 as a ratio of phase 1's.`;

const SECRET = 'bench-load-secret-of-at-least-32-characters';
const token = (tenant: string) =>
  jwt.sign({ tenant, role: 'VIEWER', sub: 'bench' }, SECRET, { expiresIn: '1h' });

/** The screens a strategist opens, each one request. */
const SCREENS: Record<string, (accountId: string) => string> = {
  portfolio: () =>
    '{ accounts(first: 20, orderBy: { field: ARR, direction: DESC }) { totalCount edges { node { id name arr segment } } } }',
  account: (id) =>
    `{ account(id: "${id}") { name arr subscriptions { arr status } people(first: 10) { totalCount edges { node { name title } } } } }`,
  stakeholderMap: (id) => `{ stakeholderMap(accountId: "${id}") { nodes { id } edges { id } } }`,
  health: (id) => `{ accountHealth(accountId: "${id}") { score band } }`,
  threading: (id) => `{ threadingRisk(accountId: "${id}") { score level } }`,
};

const aliasedPlans = (count: number, accountId: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: accountPlan(accountId: "${accountId}") { __typename }`).join(' ')} }`;

interface Outcome {
  ms: number;
  status: number;
  graphqlErrors: number;
}

async function send(app: RunningApp, query: string, bearer: string): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    return {
      ms: performance.now() - started,
      status: response.status,
      graphqlErrors: body.errors?.length ?? 0,
    };
  } catch {
    return { ms: performance.now() - started, status: 0, graphqlErrors: 0 };
  }
}

const percentile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};

async function runUsers(
  app: RunningApp,
  users: number,
  seconds: number,
  accountIds: string[],
): Promise<Map<string, Outcome[]>> {
  const results = new Map<string, Outcome[]>(Object.keys(SCREENS).map((s) => [s, []]));
  const bearer = token('bench-a');
  const until = Date.now() + seconds * 1000;
  const names = Object.keys(SCREENS);
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let i = user; Date.now() < until; i += 1) {
        const screen = names[i % names.length]!;
        const accountId = accountIds[i % accountIds.length]!;
        results.get(screen)!.push(await send(app, SCREENS[screen]!(accountId), bearer));
      }
    }),
  );
  return results;
}

async function runAttacker(
  app: RunningApp,
  stop: { done: boolean },
  accountId: string,
): Promise<Map<string, number>> {
  const statuses = new Map<string, number>();
  const bearer = token('bench-b');
  const requests = [aliasedPlans(500, accountId), aliasedPlans(9, accountId)];
  await Promise.all(
    Array.from({ length: 4 }, async (_, c) => {
      for (let i = c; !stop.done; i += 1) {
        const which = i % 2 === 0 ? '500 aliases' : '9 aliases (admitted)';
        const outcome = await send(app, requests[i % 2]!, bearer);
        const key = `${which}: HTTP ${outcome.status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

function report(results: Map<string, Outcome[]>): Map<string, number> {
  const p99s = new Map<string, number>();
  const rows = [...results].map(([screen, outcomes]) => {
    const times = outcomes.map((o) => o.ms);
    p99s.set(screen, percentile(times, 0.99));
    const failed = outcomes.filter((o) => o.status !== 200);
    const byStatus = new Map<number, number>();
    for (const o of failed) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    // Which refusal it was (0: no answer at all), so a 429 is not mistaken for a timeout.
    const httpErrors =
      failed.length === 0
        ? '0'
        : `${failed.length} (${[...byStatus].map(([status, n]) => `${status}×${n}`).join(', ')})`;
    const gqlErrors = outcomes.filter((o) => o.status === 200 && o.graphqlErrors > 0).length;
    return [
      screen,
      String(outcomes.length),
      ms(percentile(times, 0.5)),
      ms(percentile(times, 0.99)),
      httpErrors,
      String(gqlErrors),
    ];
  });
  for (const line of table(['screen', 'requests', 'p50 ms', 'p99 ms', 'HTTP errors', 'GraphQL errors'], rows))
    say(line);
  return p99s;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(
    process.argv.slice(2),
    { users: { type: 'string', default: '20' }, seconds: { type: 'string', default: '20' } },
    USAGE,
  );
  const users = wholeOption('users', args.users);
  const seconds = wholeOption('seconds', args.seconds);
  const home = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: home,
    port: 0,
    heapMb: 1024,
    pageCacheMb: 256,
    transactionTimeoutSeconds: 60,
    log: say,
  });
  let app: RunningApp | undefined;
  try {
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      NEO4J_URI: neo4j.boltUri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'unused-auth-is-off',
      AUTH_MODE: 'jwt',
      JWT_SECRET: SECRET,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      // The load is the point: the rate limit is lifted so that it does not hide latency.
      TENANT_REQUESTS_PER_MINUTE: '1000000',
      TENANT_COST_BUDGET_FACTOR: process.env['TENANT_COST_BUDGET_FACTOR'],
      // The fair work queue's settings, for experiments (docs/operations.md, "Load test").
      HEAVY_WORK_CONCURRENCY: process.env['HEAVY_WORK_CONCURRENCY'],
      TENANT_HEAVY_WORK_SHARE: process.env['TENANT_HEAVY_WORK_SHARE'],
      TENANT_HEAVY_WORK_PERCENT: process.env['TENANT_HEAVY_WORK_PERCENT'],
    });
    app = await startApp(config, createLogger('silent', false));
    const portfolio = generateDemoPortfolio({
      seed: 42,
      asOf: new Date().toISOString().slice(0, 10),
      accounts: 36,
    });
    const writer = new PortfolioWriter(new PortfolioWriteRepository(app.db));
    for (const tenant of ['bench-a', 'bench-b']) await writer.write(tenant, portfolio);
    const accountIds = portfolio.accounts.map((a) => a.id).slice(0, 12);
    say(
      `== Load: ${users} users of tenant A, ${seconds} s per phase, ${Object.keys(SCREENS).length} screens, loopback`,
    );

    await runUsers(app, users, Math.min(5, seconds), accountIds); // warm-up: plans compiled, caches filled
    say('\n-- Phase 1: tenant A alone');
    const aloneUsage = measurePhase(neo4j.pid);
    const alone = report(await runUsers(app, users, seconds, accountIds));
    const usage: [string, PhaseUsage][] = [['alone', aloneUsage()]];

    say('\n-- Phase 2: tenant A while tenant B sends the aliased accountPlan attack (4 connections)');
    const stop = { done: false };
    const attackUsage = measurePhase(neo4j.pid);
    const attack = runAttacker(app, stop, accountIds[0]!);
    const loaded = report(await runUsers(app, users, seconds, accountIds));
    usage.push(['under attack', attackUsage()]);
    stop.done = true;
    const statuses = await attack;
    say(`Tenant B's requests: ${[...statuses].map(([k, n]) => `${k} × ${n}`).join('; ')}`);

    say('\n-- p99 under attack as a ratio of p99 alone (the issue asks ≤ 2.00x)');
    for (const line of table(
      ['screen', 'p99 alone', 'p99 under attack', 'ratio'],
      [...alone].map(([screen, p99]) => [
        screen,
        ms(p99),
        ms(loaded.get(screen)!),
        ratio(loaded.get(screen)!, p99),
      ]),
    ))
      say(line);

    say('\n-- Where each phase spent the machine (Node: the server and these clients; event-loop delay)');
    for (const line of table(
      ['phase', 'Node CPU s', 'Neo4j CPU s', 'loop delay p50', 'p99', 'max'],
      usage.map(([phase, u]) => [
        phase,
        u.nodeCpuSeconds.toFixed(1),
        u.neo4jCpuSeconds === null ? '-' : u.neo4jCpuSeconds.toFixed(1),
        `${ms(u.loopDelayP50Ms)} ms`,
        `${ms(u.loopDelayP99Ms)} ms`,
        `${ms(u.loopDelayMaxMs)} ms`,
      ]),
    ))
      say(line);
  } finally {
    await app?.stop();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
