import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jwt from 'jsonwebtoken';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/config/logger';
import { CYPHER_ROOT, LAUNCHER_ROOT } from '../../src/config/paths';
import { CypherExecutor, type QueryEvent } from '../../src/db/cypher-executor';
import { createDriver, type Driver } from '../../src/db/driver';
import { QueryRegistry } from '../../src/db/query-registry';
import { migrateSchema } from '../../src/db/schema-migrator';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import { BENCH_CYPHER_ROOT } from '../import/load-csv';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count, ms, ratio, seconds, spreadOf, table } from '../support/figures';
import { ensureExportFiles, loadExportFiles } from './load-export-files';
import { loadPortfolio } from './load-portfolio';
import { replayRaw, runRequest, type RawRun, type RequestRun } from './measure-queries';
import { queriesInSchema, type PortfolioQuery } from './portfolio-queries';
import { indexNames, summarisePlan } from './query-plans';

const DATABASE = 'neo4j';

const USAGE = `Usage: npm run bench:analytics -- [--accounts N] [--seed N] [--as-of YYYY-MM-DD] [--runs N]
       [--store <folder>] [--keep] [--only <text>] [--heap-mb N] [--pagecache-mb N]
       [--load writer|loadcsv] [--files <folder>]

Loads a generated portfolio (the demo generator, through the project's writer) into a
throwaway embedded Neo4j, starts the real server on it (startApp, JWT caller) and times each
portfolio-wide GraphQL query end to end over HTTP against the server-side time Neo4j reports for
the Cypher it ran, and against the same Cypher through a bare neo4j-driver session. Then EXPLAIN
and PROFILE each Cypher file those queries ran: the index it seeks, any label scan, db hits.
Prints figures; asserts nothing.

  --accounts      portfolio size (default 10000)
  --seed          the generator's seed (default 42)
  --as-of         last day of the generated history and the day every query asks about
                  (default 2026-11-01, so runs compare)
  --runs          timed requests per query after one warm-up (default 5)
  --store         keep the Neo4j store in this folder (e.g. tmp/bench-analytics/10k) and reuse
                  it: a portfolio already loaded there is not loaded again
  --keep          keep the throwaway store and print where it is
  --load          how the portfolio is loaded: writer (default: the demo generator's records
                  through the project's PortfolioWriter, with ticket sentiment, start dates and
                  every participant) or loadcsv (the generated CRM export files through
                  LOAD CSV ... IN TRANSACTIONS, bench/cypher: several times faster, an export's
                  poorer data; tenant name ends in -csv)
  --files         loadcsv: the export files' folder (generated there when missing; default
                  tmp/bench-analytics/export-<accounts>-s<seed>-<as-of>)
  --load-only     load (or find) the portfolio, print its size and stop: a store to measure later
  --only          measure only the queries whose label contains this text
  --skip-rescore  do not mark the portfolio stale and re-score it first (a store whose scores
                  a run already made current: measure the views again without the long pass)
  --rescore-minutes  stop the re-scoring pass after the batch that passes this many minutes
                  (default: no limit); the rate and the views are then measured on a portfolio
                  partly scored (the rest stays stale)
  --heap-mb, --pagecache-mb   Neo4j's heap and page cache (default 3072 and 4096)`;

interface BenchOptions {
  accounts: number;
  seed: number;
  asOf: string;
  runs: number;
  store: string | null;
  keep: boolean;
  load: 'writer' | 'loadcsv';
  files: string;
  only: string | null;
  skipRescore: boolean;
  loadOnly: boolean;
  rescoreMinutes: number | null;
  heapMb: number;
  pageCacheMb: number;
  chunkAccounts: number;
  batchSize: number;
  queryTimeoutSeconds: number;
}

function parseOptions(args: string[]): BenchOptions {
  const values = parseBenchArgs(
    args,
    {
      accounts: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '42' },
      'as-of': { type: 'string', default: '2026-11-01' },
      runs: { type: 'string', default: '5' },
      store: { type: 'string' },
      keep: { type: 'boolean', default: false },
      load: { type: 'string', default: 'writer' },
      files: { type: 'string' },
      only: { type: 'string' },
      'skip-rescore': { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      'rescore-minutes': { type: 'string' },
      'heap-mb': { type: 'string', default: '3072' },
      'pagecache-mb': { type: 'string', default: '4096' },
      'chunk-accounts': { type: 'string', default: '100' },
      'batch-size': { type: 'string', default: '2000' },
      'query-timeout-s': { type: 'string', default: '300' },
    },
    USAGE,
  );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new Error('--as-of must be YYYY-MM-DD');
  if (values.load !== 'writer' && values.load !== 'loadcsv')
    throw new Error('--load must be writer or loadcsv');
  const files =
    values.files ??
    join('tmp', 'bench-analytics', `export-${values.accounts}-s${values.seed}-${values['as-of']}`);
  return {
    accounts: wholeOption('accounts', values.accounts),
    seed: wholeOption('seed', values.seed),
    asOf: values['as-of'],
    runs: wholeOption('runs', values.runs),
    store: values.store === undefined ? null : resolve(values.store),
    keep: values.keep,
    load: values.load,
    files: resolve(files),
    only: values.only ?? null,
    skipRescore: values['skip-rescore'],
    loadOnly: values['load-only'],
    rescoreMinutes:
      values['rescore-minutes'] === undefined
        ? null
        : wholeOption('rescore-minutes', values['rescore-minutes']),
    heapMb: wholeOption('heap-mb', values['heap-mb']),
    pageCacheMb: wholeOption('pagecache-mb', values['pagecache-mb']),
    chunkAccounts: wholeOption('chunk-accounts', values['chunk-accounts']),
    batchSize: wholeOption('batch-size', values['batch-size']),
    queryTimeoutSeconds: wholeOption('query-timeout-s', values['query-timeout-s']),
  };
}

async function countTenant(db: CypherExecutor, tenantId: string): Promise<{ nodes: number; rels: number }> {
  const sum = async (name: string) =>
    (await db.read<{ count: number }>(db.prepare(name), tenantId)).reduce((total, r) => total + r.count, 0);
  return { nodes: await sum('count-nodes'), rels: await sum('count-relationships') };
}

async function startApi(boltUri: string, options: BenchOptions, secret: string): Promise<RunningApp> {
  const config = loadConfig({
    NEO4J_URI: boltUri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: 'unused-auth-is-off',
    AUTH_MODE: 'jwt',
    JWT_SECRET: secret,
    PORT: '0',
    SEED_DEMO: 'false',
    GRAPHQL_IDE: 'false',
    LOG_LEVEL: 'silent',
    // Re-scoring is driven (and timed) by the benchmark itself.
    SCORE_WORKER: 'false',
    QUERY_TIMEOUT_SECONDS: String(options.queryTimeoutSeconds),
  });
  // Queries default to "today"; the generated history ends on --as-of, so that is today.
  const now = new Date(`${options.asOf}T12:00:00Z`);
  return startApp(config, createLogger('silent', false), { clock: () => new Date(now) });
}

interface Measured {
  query: PortfolioQuery;
  runs: RequestRun[];
  raw: RawRun[];
}

async function measure(
  app: RunningApp,
  driver: Driver,
  token: string,
  tenantId: string,
  query: PortfolioQuery,
  options: BenchOptions,
): Promise<Measured> {
  // The warm-up fills the page cache, plans the Cypher and compiles the JavaScript.
  await runRequest(app, token, tenantId, query, options.asOf);
  const runs: RequestRun[] = [];
  for (let i = 0; i < options.runs; i += 1)
    runs.push(await runRequest(app, token, tenantId, query, options.asOf));
  const statements = runs[0]!.cypher.map((e) => ({ text: app.db.prepare(e.name).text, params: e.params }));
  // No warm-up of its own: the requests above already planned the same statements.
  const raw: RawRun[] = [];
  for (let i = 0; i < options.runs; i += 1) raw.push(await replayRaw(driver, DATABASE, statements));
  return { query, runs, raw };
}

const sumOf = (events: readonly QueryEvent[], value: (e: QueryEvent) => number): number =>
  events.reduce((total, e) => total + value(e), 0);

function printTimings(measured: readonly Measured[], runs: number): void {
  const rows = measured.map(({ query, runs: requests, raw }) => {
    const e2e = spreadOf(requests.map((r) => r.endToEndMs));
    const server = spreadOf(requests.map((r) => sumOf(r.cypher, (e) => e.serverMs))).median;
    const cypherClient = spreadOf(requests.map((r) => sumOf(r.cypher, (e) => e.elapsedMs))).median;
    const rawMs = spreadOf(raw.map((r) => r.elapsedMs)).median;
    const last = requests[requests.length - 1]!;
    return [
      query.label,
      ms(e2e.median),
      `${ms(e2e.min)}-${ms(e2e.max)}`,
      ms(server),
      ms(cypherClient),
      count(last.cypher.length),
      ratio(e2e.median, server),
      ms(rawMs),
      ratio(e2e.median, rawMs),
      `${count(last.page)}/${count(last.total)}`,
      `${count(last.responseBytes / 1024)} KB`,
    ];
  });
  say(`Medians over ${runs} runs after a warm-up, in ms.`);
  for (const line of table(
    [
      'query',
      'end-to-end',
      'min-max',
      'Neo4j server',
      'Cypher in API',
      'Cypher queries',
      'e2e/server',
      'raw driver',
      'e2e/raw',
      'page/total',
      'response',
    ],
    rows,
  ))
    say(`  ${line}`);
}

async function printPlans(measured: readonly Measured[], driver: Driver): Promise<void> {
  // Every Cypher file the portfolio queries ran, profiled once with the parameters of its first call.
  const first = new Map<string, { event: QueryEvent; usedBy: Set<string>; perRequest: number }>();
  for (const { query, runs } of measured) {
    const perName = new Map<string, number>();
    for (const event of runs[0]!.cypher) perName.set(event.name, (perName.get(event.name) ?? 0) + 1);
    for (const event of runs[0]!.cypher) {
      const entry = first.get(event.name) ?? { event, usedBy: new Set<string>(), perRequest: 0 };
      entry.usedBy.add(query.label);
      entry.perRequest = Math.max(entry.perRequest, perName.get(event.name)!);
      first.set(event.name, entry);
    }
  }
  const names = await indexNames(driver, DATABASE);
  const registry = QueryRegistry.load(CYPHER_ROOT);
  const flagged: string[] = [];
  const rows: string[][] = [];
  for (const [name, { event, usedBy, perRequest }] of first) {
    const plan = await summarisePlan(
      driver,
      DATABASE,
      { text: registry.get(name).text, params: event.params },
      names,
    );
    if (plan.scans.length > 0) flagged.push(`${name}: ${plan.scans.join(', ')}`);
    const indexes = [...new Set(plan.indexes.map((i) => `${i.operator} ${i.index}`))];
    rows.push([
      name,
      String(perRequest),
      indexes.join('; ') || 'none',
      plan.scans.join(', ') || '-',
      count(plan.dbHits),
      count(plan.rows),
      ms(plan.profileMs),
      [...usedBy].join(', '),
    ]);
  }
  say('Plans on this store (EXPLAIN), work done (PROFILE of one call with the parameters the API used):');
  for (const line of table(
    ['Cypher file', 'calls', 'index operators', 'scans', 'db hits', 'rows', 'PROFILE ms', 'used by'],
    rows,
  ))
    say(`  ${line}`);
  say(flagged.length === 0 ? '  No label or all-nodes scan.' : `  SCANS: ${flagged.join(' | ')}`);
}

/**
 * Stored scores after a full import: every account marked stale (what the importer does), then
 * one worker pass over the tenant, timed, with a progress line every batch; then one account
 * written to (marked) and re-scored, timed: how soon a write shows in the portfolio views.
 */
async function rescorePortfolio(
  app: RunningApp,
  driver: Driver,
  tenantId: string,
  rescoreMinutes: number | null,
): Promise<void> {
  say('== Stored scores: the whole portfolio marked stale (as an import does), then one worker pass');
  const marking = performance.now();
  const marked = await app.services.staleness.markTenantStale(tenantId, 'IMPORT');
  say(`   marked ${count(marked)} accounts stale in ${seconds(performance.now() - marking)}`);
  let lastLine = 0;
  // Where the pass's time goes: every statement it ran, summed per Cypher file.
  const byFile = new Map<string, { calls: number; serverMs: number; elapsedMs: number; rows: number }>();
  const firstCall = new Map<string, QueryEvent>();
  const stopListening = app.db.onQuery((event) => {
    if (!firstCall.has(event.name)) firstCall.set(event.name, event);
    const entry = byFile.get(event.name) ?? { calls: 0, serverMs: 0, elapsedMs: 0, rows: 0 };
    entry.calls += 1;
    entry.serverMs += event.serverMs;
    entry.elapsedMs += event.elapsedMs;
    entry.rows += event.rows;
    byFile.set(event.name, entry);
  });
  const pass = await app.scoreWorker.runPass({
    tenantId,
    ...(rescoreMinutes === null ? {} : { deadline: Date.now() + rescoreMinutes * 60_000 }),
    onBatch: (report) => {
      if (report.ms - lastLine < 15_000) return;
      lastLine = report.ms;
      say(
        `   ... ${count(report.scored)} of ${count(marked)} scored in ${seconds(report.ms)} ` +
          `(${count(report.scored / (report.ms / 1000))} accounts/s)`,
      );
    },
  });
  say(
    `   re-scored ${count(pass.scored)} accounts in ${seconds(pass.ms)} (${pass.batches} batches, ` +
      `${count(pass.scored / (pass.ms / 1000))} accounts/s)`,
  );
  stopListening();
  const statementsMs = [...byFile.values()].reduce((sum, e) => sum + e.elapsedMs, 0);
  say(
    `   its statements: ${ms(statementsMs)} ms of client time (run side by side), ` +
      `${ms(pass.ms - statementsMs)} ms of the pass outside them at most; per Cypher file:`,
  );
  for (const [name, e] of [...byFile].sort((a, b) => b[1].serverMs - a[1].serverMs))
    say(
      `     ${name.padEnd(52)} ${String(e.calls).padStart(5)} calls ${ms(e.serverMs).padStart(9)} ms server ` +
        `${ms(e.elapsedMs).padStart(9)} ms client ${count(e.rows).padStart(9)} rows`,
    );
  // PROFILE of each read statement of the pass once, alone, with its first batch's parameters.
  const names = await indexNames(driver, DATABASE);
  const registry = QueryRegistry.load(CYPHER_ROOT);
  say('   PROFILE of each read statement of the pass (first batch, alone): db hits, ms, heaviest operator');
  for (const [name, event] of firstCall) {
    if (event.mode !== 'READ') continue;
    const plan = await summarisePlan(
      driver,
      DATABASE,
      { text: registry.get(name).text, params: event.params },
      names,
    );
    say(
      `     ${name.padEnd(52)} ${count(plan.dbHits).padStart(11)} ${ms(plan.profileMs).padStart(8)} ms  ${plan.heaviest}`,
    );
  }
  const [account] = await app.services.scoring.pending(tenantId, 1);
  const cut = account !== undefined;
  if (cut) say(`   still pending after the pass: ${account.accountId} and more (the pass was cut short)`);
  const [first] = (
    await app.services.storedPortfolio.portfolioHealth(
      { tenantId, role: 'VIEWER', subject: 'bench' },
      { first: 1 },
    )
  ).items;
  if (first === undefined) return;
  const written = performance.now();
  await app.services.staleness.markAccountsStale(tenantId, [first.accountId], 'BENCH');
  if (!cut) {
    const one = await app.scoreWorker.runPass({ tenantId });
    say(
      `   one account marked by a write and re-scored by a pass: ${ms(performance.now() - written)} ms ` +
        `(${one.scored} scored; the worker's idle interval, default 5 s, adds at most that much)`,
    );
    return;
  }
  // A pass would take the older marks first: score the written account as a pass's batch does
  // (its own read of the portfolio's whitespace facts included).
  const version = (await app.services.scoring.pending(tenantId, 1_000_000)).find(
    (p) => p.accountId === first.accountId,
  );
  const rescored = await app.services.scoring.rescore(tenantId, version === undefined ? [] : [version]);
  say(
    `   one account marked by a write and re-scored as a pass's batch: ${ms(performance.now() - written)} ms ` +
      `(${rescored.written} scored, its pending look-up among the stale backlog included; ` +
      `the worker's idle interval, default 5 s, adds at most that much)`,
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const csv = options.load === 'loadcsv';
  const tenantId = `bench-${options.accounts}-s${options.seed}-${options.asOf}${csv ? '-csv' : ''}`;
  const home = options.store ?? mkdtempSync(join(tmpdir(), 'bench-analytics-'));
  mkdirSync(home, { recursive: true });
  if (csv) await ensureExportFiles(options, say);

  say(`== Neo4j in ${home} (heap ${options.heapMb} MB, page cache ${options.pageCacheMb} MB)`);
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: home,
    port: 0,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    // LOAD CSV's outer transaction lasts as long as the whole file.
    transactionTimeoutSeconds: Math.max(options.queryTimeoutSeconds, csv ? 7200 : 600),
    ...(csv ? { importDir: options.files } : {}),
    log: (line) => say(`   ${line}`),
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  let app: RunningApp | null = null;
  try {
    const db = new CypherExecutor(driver, QueryRegistry.load(CYPHER_ROOT), {
      database: DATABASE,
      timeoutMs: 600_000,
    });
    await migrateSchema(db, CYPHER_ROOT);

    say(
      `== Portfolio: ${count(options.accounts)} accounts (seed ${options.seed}, as of ${options.asOf}) in tenant ${tenantId}`,
    );
    if (csv) say(`   through LOAD CSV from ${options.files}`);
    const load = csv
      ? await loadExportFiles(driver, db, tenantId, options, say)
      : await loadPortfolio(db, tenantId, { ...options }, say);
    if (load.outcome === 'REUSED')
      say(`   already loaded in this store (${count(load.accounts)} accounts): not loaded again`);
    else
      say(
        `   ${load.outcome.toLowerCase()}: ${count(load.rows)} records in ${seconds(load.elapsedMs)} ` +
          `(${count(load.rows / (load.elapsedMs / 1000))} records/s; generating ${seconds(load.generateMs)}, ` +
          `writing ${seconds(load.writeMs)})`,
      );
    const counted = await countTenant(
      new CypherExecutor(driver, QueryRegistry.load(BENCH_CYPHER_ROOT), {
        database: DATABASE,
        timeoutMs: 600_000,
      }),
      tenantId,
    );
    say(`   the tenant holds ${count(counted.nodes)} nodes and ${count(counted.rels)} relationships`);
    if (options.loadOnly) return;

    say('== The API: startApp on this Neo4j, a JWT caller of the tenant');
    const secret = randomBytes(32).toString('hex');
    app = await startApi(neo4j.boltUri, options, secret);
    const token = jwt.sign({ tenant: tenantId, role: 'VIEWER', sub: 'bench' }, secret, { expiresIn: '12h' });

    if (options.skipRescore) say('== Stored scores: not re-scored (--skip-rescore)');
    else await rescorePortfolio(app, driver, tenantId, options.rescoreMinutes);

    const { present, missing } = queriesInSchema();
    for (const query of missing) say(`   ${query.label}: skipped, ${query.field} is not in schema.graphql`);
    const measured: Measured[] = [];
    const failed: string[] = [];
    for (const query of present) {
      if (options.only !== null && !query.label.includes(options.only)) continue;
      // A query that fails at this size (a timeout, say) is a finding: note it and measure the rest.
      const attempted = performance.now();
      try {
        const result = await measure(app, driver, token, tenantId, query, options);
        const e2e = spreadOf(result.runs.map((r) => r.endToEndMs));
        say(
          `   ${query.label}: median ${ms(e2e.median)} ms, ${result.runs[0]!.cypher.length} Cypher queries`,
        );
        measured.push(result);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failed.push(`${message} (after ${seconds(performance.now() - attempted)})`);
        say(`   FAILED ${failed[failed.length - 1]}`);
      }
    }
    say();
    say(
      `== Figures: ${count(options.accounts)} accounts, ${count(counted.nodes)} nodes, ${count(counted.rels)} relationships`,
    );
    printTimings(measured, options.runs);
    for (const failure of failed) say(`  FAILED ${failure}`);
    say();
    await printPlans(measured, driver);
    say();
    say(`Total run ${seconds(Date.now() - started)}`);
  } finally {
    await app?.stop();
    await driver.close();
    await neo4j.stop();
    if (options.store !== null || options.keep) say(`Kept the store in ${home}`);
    else rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
