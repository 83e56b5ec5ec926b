import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startApp } from '../../src/app';
import { createLogger } from '../../src/config/logger';
import { CYPHER_ROOT } from '../../src/config/paths';
import type { Params } from '../../src/db/cypher-executor';
import { QueryRegistry } from '../../src/db/query-registry';
import { embeddedDemoApiConfig } from '../support/bench-apps';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { ms, table } from '../support/figures';
import { JsonClient } from './json-client';
import { MAP_QUERY } from './map-query';

const USAGE = `Usage: node dist/bench/api/profile-map.js [--requests N]

Where the Node CPU of one stakeholder map request goes, through our API (node:http client, and
fetch as the benches used before round 5) and through the raw driver replaying the same statement(s): starts its own embedded Neo4j with the demo (as bench:api
does), warms both up, then runs N map requests one at a time through each under V8's sampling
profiler (node:inspector) and prints, per side, the CPU time by where it was spent (self time of
the sampled frames, grouped by package or source folder), and the heaviest functions.
Prints figures; asserts nothing.

  --requests  profiled requests per side (default 100)`;

const TENANT = 'demo';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the request a sampled frame belongs to: a package, a source folder, or V8's own. */
function bucketOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName.startsWith('(')) return functionName; // (garbage collector), (program), (idle)
    return '(native or compiled code)';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const src = /dist\/((?:src|bench)\/[^/]+(?:\/[^/]+)?)/.exec(url);
  return src ? src[1]! : url;
}

/**
 * The part of a request a frame is, when it says so itself: a sample is charged to the part of
 * its nearest frame that does (a driver call made by `toNative` is conversion, a native frame
 * under graphql-jit is execution). Null: ask the caller.
 */
function partOf(frame: ProfileNode['callFrame']): string | null {
  const { url, functionName: fn } = frame;
  if (fn === '(garbage collector)' || fn === '(program)' || fn === '(idle)') return fn;
  if (fn === 'post' && url.includes('inspector')) return '(profiler)';
  if (fn === 'toStandardDate' || fn === 'DateTime.toStandardDate')
    return 'toNative: driver date-time arithmetic';
  if (url.endsWith('src/db/values.js') || url.endsWith('stakeholder-map.rows.js')) return 'toNative';
  if (url.includes('neo4j-driver')) return 'driver: Bolt decoding and transactions';
  if (url.includes('src/db/')) return 'executor and request memo';
  if (url.includes('src/services/stakeholder-map')) return 'map service';
  if (url.includes('graphql-scalars')) return 'scalars: serialize';
  if (fn === 'prettyJSONStringify') return 'Apollo: JSON.stringify of the answer';
  if (url.includes('undici')) return 'client: undici fetch (and its JSON parse)';
  if (url.includes('bench/api/json-client')) return 'client: node:http and JSON.parse';
  if (url.includes('graphql-jit') || (url === '' && fn.includes('Handler'))) return 'graphql-jit';
  if (url.includes('@apollo')) return 'Apollo: request pipeline';
  if (url.includes('node_modules/graphql/')) return 'graphql-js';
  if (url.includes('type-graphql') || url.includes('class-validator')) return 'type-graphql (arguments)';
  if (url.includes('src/http') || url.includes('src/observability') || url.includes('/express')) {
    return 'HTTP handlers (ours, Express)';
  }
  if (url.includes('prom-client')) return 'metrics (prom-client)';
  if (url.includes('_http_') || url.startsWith('node:http')) return "Node's HTTP";
  if (url.startsWith('node:net') || url.includes('stream_base_commons')) return 'socket reads and writes';
  return null;
}

/** Self time (ms) per bucket, per part of the request and per function, from a V8 CPU profile. */
function selfTimes(profile: Profile): {
  buckets: Map<string, number>;
  parts: Map<string, number>;
  functions: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const partById = new Map<number, string>();
  const part = (id: number): string => {
    const known = partById.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const found = partOf(byId.get(id)!.callFrame) ?? (parent === undefined ? 'other' : part(parent));
    partById.set(id, found);
    return found;
  };
  const buckets = new Map<string, number>();
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i]!)!;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const bucket = bucketOf(node.callFrame);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + dt);
    const where = part(node.id);
    parts.set(where, (parts.get(where) ?? 0) + dt);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${bucket}:${node.callFrame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + dt);
  }
  return { buckets, parts, functions };
}

async function profiled(session: Session, work: () => Promise<void>): Promise<Profile> {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  await work();
  const { profile } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  return profile as unknown as Profile;
}

async function main(): Promise<void> {
  const values = parseBenchArgs(
    process.argv.slice(2),
    { requests: { type: 'string', default: '100' } },
    USAGE,
  );
  const requests = wholeOption('requests', values.requests);
  const home = mkdtempSync(join(tmpdir(), 'profile-map-neo4j-'));
  const app = await startApp(embeddedDemoApiConfig(home), createLogger('silent', false));
  const driver = neo4j.driver(app.boltUri);
  try {
    const registry = QueryRegistry.load(CYPHER_ROOT);
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const list = (await post(
      '{ accounts(first: 100) { edges { node { id people(first: 1) { totalCount } } } } }',
      {},
    )) as {
      accounts: { edges: { node: { id: string; people: { totalCount: number } } }[] };
    };
    const id = list.accounts.edges
      .map((e) => e.node)
      .reduce((best, a) => (a.people.totalCount > best.people.totalCount ? a : best)).id;

    const statements: { name: string; params: Params }[] = [];
    const stop = app.db.onQuery((event) => {
      if (event.tenantId === TENANT) statements.push({ name: event.name, params: event.params });
    });
    await post(MAP_QUERY, { id });
    stop();
    const client = new JsonClient();
    const target = { url: app.url, headers: {} };
    const api = async () => {
      await client.post(target, MAP_QUERY, { id });
    };
    const apiByFetch = async () => {
      await post(MAP_QUERY, { id });
    };
    const raw = async () => {
      for (const s of statements) {
        await driver.executeQuery(registry.get(s.name).text, s.params, {
          database: 'neo4j',
          routing: neo4j.routing.READ,
        });
      }
    };
    for (let i = 0; i < 30; i += 1) {
      await api();
      await apiByFetch();
      await raw();
    }
    const session = new Session();
    session.connect();
    const sides: [string, () => Promise<void>][] = [
      ['API', api],
      ['API, fetch client', apiByFetch],
      ['raw driver', raw],
    ];
    const results = new Map<string, { cpu: number; profile: Profile }>();
    for (const [name, work] of sides) {
      const before = process.cpuUsage();
      const profile = await profiled(session, async () => {
        for (let i = 0; i < requests; i += 1) await work();
      });
      const used = process.cpuUsage(before);
      results.set(name, { cpu: (used.user + used.system) / 1000 / requests, profile });
      if (process.env['PROFILE_MAP_OUT'])
        writeFileSync(
          join(process.env['PROFILE_MAP_OUT'], `${name.replace(/\W+/g, '-')}.cpuprofile`),
          JSON.stringify(profile),
        );
    }
    session.disconnect();
    client.close();

    say(
      `Stakeholder map of ${id}: ${statements.length} statement(s) (${statements.map((s) => s.name).join(', ')})`,
    );
    say(
      `${requests} requests per side, one at a time; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    for (const [name, { cpu, profile }] of results) {
      const { buckets, parts, functions } = selfTimes(profile);
      const perRequest = (t: number) => t / requests;
      const busy = [...buckets].filter(([b]) => b !== '(idle)');
      say();
      say(`${name}: process CPU ${ms(cpu)} ms per request; sampled self time per request by where it ran:`);
      for (const line of table(
        ['where', 'ms / request'],
        busy
          .sort((a, b) => b[1] - a[1])
          .slice(0, 16)
          .map(([b, t]) => [b, ms(perRequest(t))]),
      ))
        say(`  ${line}`);
      // Shares of the sampled busy time: on a loaded machine the sampled time per request is wall
      // time, larger than the process's CPU, so the shares compare across runs, not the sums.
      const busyParts = [...parts].filter(([w]) => w !== '(idle)' && w !== '(profiler)');
      const busyTotal = busyParts.reduce((sum, [, t]) => sum + t, 0);
      say(`  by part of the request (share of sampled busy time, nearest frame that says which):`);
      for (const line of table(
        ['part', 'share'],
        busyParts.sort((a, b) => b[1] - a[1]).map(([w, t]) => [w, `${((100 * t) / busyTotal).toFixed(1)}%`]),
      ))
        say(`    ${line}`);
      say(`  heaviest functions (self ms / request):`);
      for (const [f, t] of [...functions]
        .filter(([f]) => !f.startsWith('(idle)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25))
        say(`    ${ms(perRequest(t)).padStart(6)}  ${f}`);
    }
  } finally {
    await driver.close();
    await app.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
