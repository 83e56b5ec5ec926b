import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../../src/app';
import { createLogger } from '../../src/config/logger';
import type { QueryEvent } from '../../src/db/cypher-executor';
import { embeddedDemoApiConfig } from '../support/bench-apps';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { ms, ratio, table } from '../support/figures';

const USAGE = `Usage: npm run bench:plan-first-call -- [--warm N] [--warm-up true|false] [--cpu-profiles <folder>]

Where the account plan's first call after start-up spends its time, against warm calls. Starts
its own embedded Neo4j with the demo portfolio (startApp, as npm start and bench:api do), then
times the plan of the demo account with the most people once, then --warm more times, through
GraphQL over HTTP. Per Cypher statement of the plan: its time in this process and the server's,
first call against the warm median; the request's time outside any statement (Node: HTTP,
GraphQL, services); and the statements other work (the score worker) ran during the first call.
One start-up per process (V8's first-use costs are part of what is measured): run it several
times. Loopback only; prints figures, asserts nothing.

  --warm     warm calls after the first (default 5)
  --warm-up  the start-up warm-up on or off (default true: as npm start)
  --cpu-profiles  write a CPU profile of each call there (first.cpuprofile, warm-1.cpuprofile, ...;
             open in Chrome DevTools or compare self times per file)`;

const TENANT = 'demo';

const PLAN = `query($id: ID!) { accountPlan(accountId: $id) { accountId asOf markdown
  keyPeople { personId roles engaged } mutualActionPlan { date source sourceId } } }`;

interface Seen extends QueryEvent {
  /** performance.now() when the statement finished. */
  endedAt: number;
}

interface Call {
  ms: number;
  cpuMs: number;
  statements: Seen[];
  /** Statements of other work (not this tenant's plan) that ran while the call did. */
  others: Seen[];
}

async function graphql(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Milliseconds covered by at least one of the statements (they may overlap). */
function covered(statements: readonly Seen[], from: number, to: number): number {
  const spans = statements
    .map((s) => [Math.max(from, s.endedAt - s.elapsedMs), Math.min(to, s.endedAt)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** `call` run under V8's sampling profiler (this process: client and server), each profile saved in `folder`. */
async function profiler(folder: string, call: () => Promise<Call>): Promise<(name: string) => Promise<Call>> {
  mkdirSync(folder, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  return async (name) => {
    await session.post('Profiler.start');
    const result = await call();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    return result;
  };
}

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    {
      warm: { type: 'string', default: '5' },
      'warm-up': { type: 'string', default: 'true' },
      'cpu-profiles': { type: 'string' },
    },
    USAGE,
  );
  const warmCalls = wholeOption('warm', values.warm);
  const home = mkdtempSync(join(tmpdir(), 'bench-plan-neo4j-'));
  const seen: Seen[] = [];
  try {
    say('Starting an embedded Neo4j with the demo portfolio and the API (development mode) ...');
    const started = performance.now();
    const app = await startApp(
      embeddedDemoApiConfig(home, {
        WARM_UP: values['warm-up'],
        // Warnings only (a failed warm-up says so); slow statements are what this prints anyway.
        SLOW_QUERY_MS: '600000',
        LOG_LEVEL: 'warn',
      }),
      createLogger('warn', false),
    );
    try {
      say(`  ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      app.db.onQuery((event) => seen.push({ ...event, endedAt: performance.now() }));
      const list = (await graphql(
        app.url,
        '{ accounts(first: 100) { edges { node { id people(first: 1) { totalCount } } } } }',
        {},
      )) as { accounts: { edges: { node: { id: string; people: { totalCount: number } } }[] } };
      const id = list.accounts.edges
        .map((e) => e.node)
        .reduce((best, a) => (a.people.totalCount > best.people.totalCount ? a : best)).id;

      const call = async (): Promise<Call> => {
        const from = seen.length;
        const cpu = process.cpuUsage();
        const t0 = performance.now();
        await graphql(app.url, PLAN, { id });
        const t1 = performance.now();
        const used = process.cpuUsage(cpu);
        const during = seen.slice(from);
        return {
          ms: t1 - t0,
          cpuMs: (used.user + used.system) / 1000,
          statements: during.filter((s) => s.tenantId === TENANT && s.endedAt >= t0),
          others: during.filter((s) => s.tenantId !== TENANT),
        };
      };
      const profiles = values['cpu-profiles'];
      const profiled = profiles === undefined ? (_name: string) => call() : await profiler(profiles, call);
      const first = await profiled('first');
      const warm: Call[] = [];
      for (let i = 0; i < warmCalls; i += 1) warm.push(await profiled(`warm-${i + 1}`));

      const outside = (c: Call) => {
        const end = Math.max(...c.statements.map((s) => s.endedAt));
        return c.ms - covered(c.statements, end - c.ms, end);
      };
      say();
      say(`Account plan of ${id}: ${first.statements.length} statements`);
      const byName = (c: Call, name: string) => c.statements.find((s) => s.name === name);
      const rows = first.statements.map((s) => {
        const w = warm.map((c) => byName(c, s.name)).filter((x) => x !== undefined);
        return [
          s.name,
          ms(s.elapsedMs),
          ms(median(w.map((x) => x.elapsedMs))),
          ms(s.serverMs),
          ms(median(w.map((x) => x.serverMs))),
        ];
      });
      for (const line of table(['statement', 'first ms', 'warm ms', 'first server', 'warm server'], rows))
        say(`  ${line}`);
      say();
      const warmMs = median(warm.map((c) => c.ms));
      for (const line of table(
        ['', 'first', 'warm median'],
        [
          ['request ms', ms(first.ms), ms(warmMs)],
          ['outside statements ms', ms(outside(first)), ms(median(warm.map(outside)))],
          [
            'sum of statements ms',
            ms(first.statements.reduce((t, s) => t + s.elapsedMs, 0)),
            ms(median(warm.map((c) => c.statements.reduce((t, s) => t + s.elapsedMs, 0)))),
          ],
          ['Node CPU ms (whole process)', ms(first.cpuMs), ms(median(warm.map((c) => c.cpuMs)))],
          [
            'other statements meanwhile',
            String(first.others.length),
            String(median(warm.map((c) => c.others.length))),
          ],
        ],
      ))
        say(`  ${line}`);
      if (first.others.length > 0) {
        const names = new Map<string, number>();
        for (const o of first.others) names.set(o.name, (names.get(o.name) ?? 0) + 1);
        say(`  other work during the first call: ${[...names].map(([n, c]) => `${n} x${c}`).join(', ')}`);
      }
      say();
      say(`First call / warm median: ${ratio(first.ms, warmMs)} (goal <= 1.5x)`);
    } finally {
      await app.stop();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
