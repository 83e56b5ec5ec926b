import type { GraphQLSchema } from 'graphql';
import type { AddressInfo } from 'node:net';
import { generateDemoPortfolio } from '../seed/demo/generate-portfolio';
import { Authenticator } from './auth/authenticator';
import { loadAnalyticsConfig } from './config/analytics';
import type { AppConfig } from './config/config';
import type { Logger } from './config/logger';
import { CYPHER_ROOT, LAUNCHER_ROOT } from './config/paths';
import { CypherExecutor } from './db/cypher-executor';
import type { Caller } from './domain/tenant';
import { createDriver, type Driver } from './db/driver';
import { QueryRegistry } from './db/query-registry';
import { requestClock, withRequestMemo } from './db/request-memo';
import { migrateSchema } from './db/schema-migrator';
import { isoDate, systemClock, type Clock } from './domain/clock';
import { StartupError } from './domain/errors';
import { DatabaseMonitor } from './db/database-monitor';
import { EmbeddedSupervisor } from './embedded/embedded-supervisor';
import { TenantCostBudget } from './graphql/tenant-cost-budget';
import { AppMetrics } from './observability/metrics';
import { watchStatements } from './db/statement-watch';
import { buildGraphQLSchema } from './graphql/build-schema';
import { useExecutor } from './graphql/executor';
import { queueHeavyRootFields } from './graphql/heavy-fields';
import { FairWorkQueue } from './observability/fair-work-queue';
import { TenantActivity } from './observability/tenant-activity';
import { createHttpServer, GRAPHQL_PATH } from './http/server';
import { KnownDocuments } from './http/known-documents';
import { AccountRepository } from './repositories/account.repository';
import { CalendarRepository } from './repositories/calendar.repository';
import { MutationRepository } from './repositories/mutation.repository';
import { MapMutationRepository } from './repositories/map-mutation.repository';
import { NodeRepository } from './repositories/node.repository';
import { PersonUsageRepository } from './repositories/person-usage.repository';
import { DepartureRepository } from './repositories/departure.repository';
import { HealthRepository } from './repositories/health.repository';
import { PathRepository } from './repositories/path.repository';
import { ExpansionOpportunityRepository } from './repositories/expansion-opportunity.repository';
import { PlanRepository } from './repositories/plan.repository';
import { PlayRepository } from './repositories/play.repository';
import { RelationshipRepository } from './repositories/relationship.repository';
import { ThreadingRepository } from './repositories/threading.repository';
import { PortfolioWriteRepository } from './repositories/portfolio-write.repository';
import { RevenueRepository } from './repositories/revenue.repository';
import { StakeholderMapRepository } from './repositories/stakeholder-map.repository';
import { StakeholderRepository } from './repositories/stakeholder.repository';
import { SignalRepository } from './repositories/signal.repository';
import { TraversalRepository } from './repositories/traversal.repository';
import { WhitespaceRepository } from './repositories/whitespace.repository';
import { traversalTimeoutMs } from './config/analytics/traversal';
import { DemoSeedRepository } from './repositories/demo-seed.repository';
import { DemoSeedingService } from './services/portfolio/demo-seeding.service';
import { PortfolioWriter } from './services/portfolio/portfolio-writer.service';
import { createServices, type Services } from './services/services';
import { AccountScoreRepository } from './repositories/account-score.repository';
import { WorkerLeaseRepository } from './repositories/worker-lease.repository';
import { ScoreWorker } from './services/scores/score-worker';
import { hostname } from 'node:os';
import { warmUpCommonScreens } from './services/warm-up/common-screens-warm-up';
import { accountPlanWarmUpDocument, graphQLWarmUp } from './graphql/warm-up-operations';
import { loopbackGraphQLUrl, warmUpOverHttp } from './http/http-warm-up';

export interface RunningApp {
  url: string;
  boltUri: string;
  /** The embedded Neo4j's JVM, when this app started one. */
  embeddedPid?: () => number | undefined;
  metrics?: AppMetrics;
  db: CypherExecutor;
  services: Services;
  /** Re-scores stale accounts in the background (runs only when enabled; tests call runPass). */
  scoreWorker: ScoreWorker;
  /** Where expensive root fields take their turn across tenants (HEAVY_WORK_CONCURRENCY). */
  heavyWork: FairWorkQueue;
  stop(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  /** The embedded Neo4j died and could not be restarted. Default: log and exit 1. */
  onFatal?: (message: string) => void;
}

/**
 * The composition root: database (embedded or external), schema, demo data, services,
 * GraphQL over HTTP. Each step that fails says what to do in one StartupError.
 */
export async function startApp(
  config: AppConfig,
  logger: Logger,
  options: AppOptions = {},
): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((e: unknown) => logger.warn({ err: e }, 'cleanup'));
  };
  try {
    // Both fail fast, before a database is started for nothing.
    const analytics = loadAnalyticsConfig(config.analyticsConfigFile);
    const registry = QueryRegistry.load(CYPHER_ROOT);
    const metrics = config.metrics ? new AppMetrics() : undefined;
    // Built before the database so supervision can report to it; it pings once the executor exists.
    const database = { ping: (): Promise<boolean> => Promise.resolve(false) };
    const monitor = new DatabaseMonitor({
      ping: () => database.ping(),
      logger,
      onChange: (up) => metrics?.databaseUp.set(up ? 1 : 0),
    });
    const onFatal =
      options.onFatal ??
      ((message: string) => {
        logger.fatal(message);
        process.exit(1);
      });
    const { uri, driver, embeddedPid } = await connect(config, logger, cleanups, {
      onDied: () => monitor.markDown('the embedded Neo4j died'),
      onRestarted: () => void monitor.probe(true),
      onGaveUp: onFatal,
      onRestart: () => metrics?.embeddedRestarts.inc(),
    });
    const db = new CypherExecutor(driver, registry, {
      database: config.neo4jDatabase,
      timeoutMs: config.queryTimeoutSeconds * 1000,
    });
    database.ping = () => db.ping();
    metrics?.databaseUp.set(1);
    monitor.start();
    cleanups.push(() => Promise.resolve(monitor.stop()));

    const schemaReport = await migrateSchema(db, CYPHER_ROOT);
    logger.info(schemaReport, 'Graph schema ready');

    // Analysts' traversals run under their own, lower time limit.
    const traversalDb = new CypherExecutor(driver, registry, {
      database: config.neo4jDatabase,
      timeoutMs: traversalTimeoutMs(config.queryTimeoutSeconds, analytics.traversal),
    });
    for (const executor of [db, traversalDb]) {
      watchStatements(executor, { logger, metrics, monitor, slowQueryMs: config.slowQueryMs });
    }
    const repositories = {
      accounts: new AccountRepository(db),
      stakeholders: new StakeholderRepository(db),
      stakeholderMaps: new StakeholderMapRepository(db),
      revenue: new RevenueRepository(db),
      relationships: new RelationshipRepository(db),
      threading: new ThreadingRepository(db),
      departures: new DepartureRepository(db),
      personUsage: new PersonUsageRepository(db),
      paths: new PathRepository(db),
      mutations: new MutationRepository(db),
      mapMutations: new MapMutationRepository(db),
      nodes: new NodeRepository(db),
      health: new HealthRepository(db),
      plays: new PlayRepository(db),
      whitespace: new WhitespaceRepository(db),
      signals: new SignalRepository(db),
      calendar: new CalendarRepository(db),
      opportunities: new ExpansionOpportunityRepository(db),
      plans: new PlanRepository(db),
      scores: new AccountScoreRepository(db),
      traversals: new TraversalRepository(traversalDb),
    };
    // Services see one instant per request, so their reads of the same facts share the memo.
    const services = createServices(repositories, requestClock(clock), analytics, {
      syncLimit: config.scoreSyncLimit,
      batchSize: config.scoreBatchSize,
      syncWaitMs: config.scoreSyncWaitMs,
    });
    if (config.seedDemo) await seedDemo(config, logger, db, clock);
    const scoreWorker = new ScoreWorker(
      repositories.scores,
      new WorkerLeaseRepository(db),
      services.scoring,
      clock,
      logger,
      {
        enabled: config.scoreWorkerEnabled,
        intervalMs: config.scoreWorkerIntervalSeconds * 1000,
        batchSize: config.scoreBatchSize,
        leaseSeconds: config.scoreLeaseSeconds,
        instanceId: config.instanceId ?? `${hostname()}:${process.pid}`,
      },
    );
    // Stopped before the driver closes (cleanups run in reverse): its pass ends and it gives the lease back.
    cleanups.push(() => scoreWorker.stop());
    // Before the warm-up, not after: on a new demo store its first pass (every account's scores,
    // 36 s at load ~24) ends while the warm-up runs, not during the first users' requests.
    scoreWorker.start();
    // Counted only while the database answers: a scrape never waits on a dead one.
    metrics?.watchScoreBacklog(() =>
      monitor.isUp ? repositories.scores.countStale() : Promise.reject(new Error('database down')),
    );
    const activity = new TenantActivity();
    const heavyWork = new FairWorkQueue({
      concurrency: config.heavyWorkConcurrency,
      perTenant: config.tenantHeavyWorkShare,
      busyShare: config.tenantHeavyWorkPercent / 100,
      othersActive: (tenant) => activity.othersActive(tenant),
      onStart: (waitedMs) => metrics?.heavyWorkWait.observe(waitedMs / 1000),
    });
    metrics?.watchHeavyWork(heavyWork);
    const schema = useExecutor(
      queueHeavyRootFields(buildGraphQLSchema(), heavyWork, config.heavyFieldCost),
      config.graphqlExecutor,
    );
    const warmUpTenant = config.warmUpTenant ?? config.demoTenant;
    let warmedAccount: string | null = null;
    if (config.warmUp) {
      const throughApi = graphQLWarmUp(schema, services);
      const report = await withRequestMemo(() =>
        warmUpCommonScreens(services, warmUpTenant, logger, {
          asRequest: (work) => withRequestMemo(work),
          accountPlanThroughApi: (caller, accountId) => throughApi.accountPlan(caller, accountId),
        }),
      );
      logger.info(report, 'Common screens warmed up');
      warmedAccount = report.accountId;
    }
    const authenticator = new Authenticator(config);

    const http = await createHttpServer({
      schema,
      services,
      authenticator,
      databaseUp: () => db.ping(),
      logger,
      maxQueryDepth: config.maxQueryDepth,
      maxQueryComplexity: config.maxQueryComplexity,
      corsOrigins: config.corsOrigins,
      graphqlIde: config.graphqlIde,
      devMode: config.authMode === 'dev',
      knownDocuments: config.graphqlKnownDocuments ? new KnownDocuments() : undefined,
      hardening: {
        logger,
        monitor,
        metrics,
        requestTimeoutMs: config.requestTimeoutSeconds * 1000,
        requestMaxStatements: config.requestMaxStatements,
        requestFullShareCost: config.requestFullShareCost,
        maxAliases: config.maxQueryAliases,
        maxFields: config.maxQueryFields,
        requestsPerMinute: config.tenantRequestsPerMinute,
        maxConcurrent: config.tenantMaxConcurrent,
        budget: new TenantCostBudget(config.maxQueryComplexity * config.tenantCostBudgetFactor),
        activity,
        heavyWork,
      },
    });
    await listen(http.server, config.host, config.port);
    cleanups.push(() => http.stop());
    const { port } = http.server.address() as AddressInfo;
    if (warmedAccount !== null) {
      await warmUpApiOverHttp(config, authenticator, schema, logger, {
        url: loopbackGraphQLUrl(config.host, port, GRAPHQL_PATH),
        tenantId: warmUpTenant,
        accountId: warmedAccount,
      });
    }
    return {
      url: `http://${config.host}:${port}${GRAPHQL_PATH}`,
      boltUri: uri,
      embeddedPid,
      metrics,
      db,
      services,
      scoreWorker,
      heavyWork,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface SupervisionHooks {
  onDied: () => void;
  onRestarted: () => void;
  onGaveUp: (message: string) => void;
  onRestart: () => void;
}

async function connect(
  config: AppConfig,
  logger: Logger,
  cleanups: (() => Promise<void>)[],
  hooks: SupervisionHooks,
): Promise<{ uri: string; driver: Driver; embeddedPid?: () => number | undefined }> {
  let uri = config.neo4jUri;
  let embeddedPid: (() => number | undefined) | undefined;
  if (uri === undefined) {
    const started = Date.now();
    logger.info(
      'Starting the embedded Neo4j (first run: Maven fetches Neo4j 5.26, ~125 MB, which takes a few minutes)…',
    );
    const neo4j = await EmbeddedSupervisor.start({
      embedded: {
        launcherRoot: LAUNCHER_ROOT,
        homeDir: config.embeddedDataDir,
        port: config.embeddedPort,
        heapMb: config.embeddedHeapMb,
        pageCacheMb: config.embeddedPageCacheMb,
        transactionTimeoutSeconds: config.queryTimeoutSeconds,
        log: (line) => logger.info(line),
      },
      logger,
      onDied: hooks.onDied,
      onRestarted: () => {
        hooks.onRestart();
        hooks.onRestarted();
      },
      onGaveUp: hooks.onGaveUp,
    });
    cleanups.push(() => neo4j.stop());
    uri = neo4j.boltUri;
    embeddedPid = () => neo4j.pid;
    logger.info(
      { uri, pid: neo4j.pid, dataDir: config.embeddedDataDir, ms: Date.now() - started },
      'Embedded Neo4j started',
    );
  }
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  cleanups.push(() => driver.close());
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
  } catch (error) {
    throw new StartupError(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return { uri, driver, embeddedPid };
}

async function seedDemo(config: AppConfig, logger: Logger, db: CypherExecutor, clock: Clock): Promise<void> {
  const started = Date.now();
  const options = { seed: config.demoSeed, asOf: isoDate(clock()) };
  logger.info(
    { tenant: config.demoTenant, accounts: config.demoAccounts },
    'Demo data: seeding the demo portfolio if this store has none (first start only; 20–60 s)…',
  );
  const seeding = new DemoSeedingService(
    new DemoSeedRepository(db),
    new PortfolioWriter(new PortfolioWriteRepository(db)),
  );
  const outcome = await seeding.seedOnce(config.demoTenant, options, () =>
    generateDemoPortfolio({ ...options, accounts: config.demoAccounts }),
  );
  logger.info({ tenant: config.demoTenant, outcome, ms: Date.now() - started }, 'Demo data');
  if (outcome === 'SEEDED' || outcome === 'RESUMED') await prepareForReplanning(logger, db);
}

/**
 * After the demo was written into the store: index statistics resampled now and the query caches
 * cleared (cypher/system/prepare-for-replanning.cypher), before the warm-up plans anything.
 * Otherwise Neo4j resamples in the background minutes later, and the plans the warm-up made on
 * the empty store's statistics are made again during the first users' requests.
 */
async function prepareForReplanning(logger: Logger, db: CypherExecutor): Promise<void> {
  const started = Date.now();
  try {
    await db.readSystem(db.prepare('system/prepare-for-replanning'), { timeoutSeconds: 120 });
    logger.info({ ms: Date.now() - started }, 'Index statistics resampled for the new demo data');
  } catch (error) {
    // The first requests are slower, nothing worse: the server starts anyway.
    logger.warn({ err: error }, 'Could not resample index statistics after seeding the demo');
  }
}

/** Account plans the start-up warm-up sends over HTTP, after the in-process rounds. */
const HTTP_WARM_UP_ROUNDS = 2;

/**
 * The warmed account's plan sent to the server itself over loopback (src/http/http-warm-up.ts),
 * once the server listens and before start-up reports it ready: the first user's plan then
 * finds the HTTP path, Apollo's pipeline and its plugins already run. The request needs a caller
 * of the warm-up tenant: a token the server signs for itself, or none in development mode for
 * the demo tenant; a server that can do neither (development mode, another tenant, no
 * JWT_SECRET) keeps the in-process warm-up only.
 */
async function warmUpApiOverHttp(
  config: AppConfig,
  authenticator: Authenticator,
  schema: GraphQLSchema,
  logger: Logger,
  target: { url: string; tenantId: string; accountId: string },
): Promise<void> {
  const caller: Caller = { tenantId: target.tenantId, role: 'VIEWER', subject: 'start-up warm-up' };
  const token = authenticator.issueToken(caller, 120);
  if (token === undefined && !(config.authMode === 'dev' && target.tenantId === config.demoTenant)) {
    logger.info({ tenant: target.tenantId }, 'Warm-up over HTTP skipped: no key to sign a warm-up token');
    return;
  }
  const operation = {
    name: 'accountPlan',
    query: accountPlanWarmUpDocument(schema),
    variables: { id: target.accountId },
  };
  try {
    const report = await warmUpOverHttp(target.url, [operation], {
      rounds: HTTP_WARM_UP_ROUNDS,
      authorization: token === undefined ? undefined : `Bearer ${token}`,
    });
    logger.info(report, 'API warmed up over HTTP');
  } catch (error) {
    // As the in-process warm-up: a failure costs the first request its speed, not the server its start.
    logger.warn({ err: error }, 'Warm-up over HTTP failed');
  }
}

function listen(server: import('node:http').Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${host}:${port} is already in use: stop what holds it or set PORT`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}
