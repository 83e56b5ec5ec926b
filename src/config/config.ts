import 'reflect-metadata';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { StartupError } from '../domain/errors';

/** The engines that can execute a validated GraphQL operation (src/graphql/executor.ts). */
export const GRAPHQL_EXECUTORS = ['jit', 'graphql-js'] as const;
export type GraphQLExecutorKind = (typeof GRAPHQL_EXECUTORS)[number];

/**
 * Everything the process reads from its environment, validated once at start-up. Nothing else
 * in the code base reads `process.env`: it receives an `AppConfig`.
 */
export class AppConfig {
  @IsString()
  host = '127.0.0.1';

  @IsInt()
  @Min(0)
  @Max(65535)
  port = 4000;

  /** Unset: start the embedded Neo4j. Set: use that server, Aura or cluster (`neo4j://` routes). */
  @IsOptional()
  @Matches(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, {
    message: 'NEO4J_URI must look like neo4j://host:7687, neo4j+s://… or bolt://host:7687',
  })
  neo4jUri?: string;

  @ValidateIf((c: AppConfig) => c.neo4jUri !== undefined)
  @IsString({ message: 'NEO4J_USERNAME is required when NEO4J_URI is set' })
  neo4jUsername?: string;

  @ValidateIf((c: AppConfig) => c.neo4jUri !== undefined)
  @IsString({ message: 'NEO4J_PASSWORD is required when NEO4J_URI is set' })
  neo4jPassword?: string;

  @IsString()
  neo4jDatabase = 'neo4j';

  @IsInt()
  @Min(0)
  @Max(65535)
  embeddedPort = 7687;

  @IsString()
  embeddedDataDir = '.neo4j/data';

  @IsInt()
  @Min(256)
  embeddedHeapMb = 1024;

  @IsInt()
  @Min(64)
  embeddedPageCacheMb = 512;

  /** The longest a single Cypher transaction may run, on either side of the wire. */
  @IsInt()
  @Min(1)
  queryTimeoutSeconds = 30;

  @IsIn(['jwt', 'dev'])
  authMode: 'jwt' | 'dev' = 'jwt';

  @ValidateIf((c: AppConfig) => c.authMode === 'jwt')
  @IsString({ message: 'JWT_SECRET is required (AUTH_MODE=jwt): at least 32 characters' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  jwtSecret?: string;

  @IsOptional()
  @IsString()
  jwtIssuer?: string;

  @IsOptional()
  @IsString()
  jwtAudience?: string;

  /** The longest a token may live (`exp` − `iat`); tokens without `exp` are refused. */
  @IsInt()
  @Min(60)
  jwtMaxLifetimeSeconds = 86_400;

  /** The longest one HTTP request may take: its Neo4j transactions are stopped when it is up. */
  @IsInt()
  @Min(1)
  @Max(600)
  requestTimeoutSeconds = 20;

  /**
   * Statements one request may have running in Neo4j at once (the rest wait their turn): keeps an
   * expensive request from taking the whole connection pool and the database's threads.
   */
  @IsInt()
  @Min(1)
  @Max(64)
  requestMaxStatements = 4;

  /**
   * Estimated cost up to which a request keeps all its statement slots; above it they shrink in
   * proportion (twice the cost, half the slots; at least one).
   */
  @IsInt()
  @Min(1)
  requestFullShareCost = 2_000;

  /** Aliased fields one operation may hold (`a1: accountPlan … a500: accountPlan`). */
  @IsInt()
  @Min(1)
  maxQueryAliases = 30;

  /** Field selections one operation may hold, counted before validation (it is cheap to count). */
  @IsInt()
  @Min(10)
  maxQueryFields = 1_000;

  /** Requests per tenant per minute (429 with Retry-After beyond). */
  @IsInt()
  @Min(1)
  tenantRequestsPerMinute = 1_200;

  /** Requests of one tenant running at once (429 beyond). */
  @IsInt()
  @Min(1)
  tenantMaxConcurrent = 32;

  /** Estimated query cost one tenant may have running at once, as a multiple of the per-query limit. */
  @IsInt()
  @Min(1)
  tenantCostBudgetFactor = 2;

  /**
   * Root fields priced at least this much (src/graphql/field-costs.ts: an account plan 1,000, a
   * portfolio view of 20 rows 800 and up) are units of heavy work, taken in turn across tenants.
   */
  @IsInt()
  @Min(1)
  heavyFieldCost = 100;

  /** Units of heavy work running at once in the process (src/observability/fair-work-queue.ts). */
  @IsInt()
  @Min(1)
  @Max(64)
  heavyWorkConcurrency = 2;

  /** Units of heavy work one tenant may have running at once. */
  @IsInt()
  @Min(1)
  @Max(64)
  tenantHeavyWorkShare = 1;

  /**
   * Per cent of the time one tenant's heavy work may take while another tenant has requests in
   * flight: after a unit of d ms its next one waits d × (100 / percent − 1). 100: no pacing.
   */
  @IsInt()
  @Min(1)
  @Max(100)
  tenantHeavyWorkPercent = 25;

  /** Statements slower than this are logged with their name and request id. */
  @IsInt()
  @Min(1)
  slowQueryMs = 1_000;

  /** Prometheus metrics at GET /metrics. */
  @IsBoolean()
  metrics = true;

  /** The tenant served without a token in development mode, and the one demo data goes to. */
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,62}$/, { message: 'DEMO_TENANT must be a lower-case slug' })
  demoTenant = 'demo';

  @IsBoolean()
  seedDemo = true;

  @IsInt()
  @Min(1)
  demoSeed = 42;

  @IsInt()
  @Min(1)
  @Max(500)
  demoAccounts = 36;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel = 'info';

  @IsInt()
  @Min(2)
  @Max(50)
  maxQueryDepth = 12;

  @IsInt()
  @Min(10)
  maxQueryComplexity = 10_000;

  /** Comma-separated origins allowed by CORS; `*` for any. Empty: same origin only. */
  @IsString({ each: true })
  corsOrigins: string[] = [];

  @IsBoolean()
  graphqlIde = true;

  /**
   * What executes a validated GraphQL operation (src/graphql/executor.ts): `jit` compiles each
   * operation once with graphql-jit; `graphql-js` is Apollo's own execute, the way back.
   */
  @IsIn(GRAPHQL_EXECUTORS)
  graphqlExecutor: GraphQLExecutorKind = 'jit';

  /**
   * POST /graphql of a query text Apollo has already parsed and validated is answered without
   * Apollo's HTTP and request pipeline, same hooks and rules (src/http/known-documents.ts);
   * `false`: every request goes through Apollo (GRAPHQL_KNOWN_DOCUMENTS).
   */
  @IsBoolean()
  graphqlKnownDocuments = true;

  /** The background worker that re-scores accounts whose stored scores went stale (SCORE_WORKER). */
  @IsBoolean()
  scoreWorkerEnabled = true;

  /** Seconds between the worker's passes when it found nothing to do. */
  @IsInt()
  @Min(1)
  scoreWorkerIntervalSeconds = 5;

  /** Accounts scored per batch by the worker and by a read's own re-scoring. */
  @IsInt()
  @Min(1)
  @Max(2000)
  scoreBatchSize = 200;

  /** A portfolio view re-scores a tenant's pending accounts itself when there are at most this many. */
  @IsInt()
  @Min(0)
  scoreSyncLimit = 50;

  /**
   * How long a view waits for its own re-scoring of that backlog before answering with the stored
   * rows marked stale (the re-scoring finishes in the background): views stay within the request limit.
   */
  @IsInt()
  @Min(0)
  scoreSyncWaitMs = 3000;

  /** How long the worker's lease (one instance of a cluster runs it) lasts without renewal. */
  @IsInt()
  @Min(5)
  scoreLeaseSeconds = 60;

  /** This instance's name in the worker lease; default host name and process id. */
  @IsOptional()
  @IsString()
  instanceId?: string;
  /**
   * Run the common screens' reads once at start-up so Neo4j has planned them before the first
   * user asks (src/services/warm-up). On one account of `warmUpTenant` (default: DEMO_TENANT).
   */
  @IsBoolean()
  warmUp = true;

  @IsOptional()
  @IsString()
  warmUpTenant?: string;

  /** JSON overrides of the analytics defaults (weights, thresholds, windows). */
  @IsOptional()
  @IsString()
  analyticsConfigFile?: string;

  get embedded(): boolean {
    return this.neo4jUri === undefined;
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new StartupError(`${name} must be an integer, got '${raw}'`);
  return value;
}

function bool(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new StartupError(`${name} must be true or false, got '${env[name]}'`);
}

function str(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** Reads and validates the environment; throws a StartupError naming every bad variable. */
export function loadConfig(env: Env): AppConfig {
  const config = new AppConfig();
  const neo4jUri = str(env, 'NEO4J_URI');
  assignDefined(config, {
    host: str(env, 'HOST'),
    port: int(env, 'PORT'),
    neo4jUri,
    neo4jUsername: str(env, 'NEO4J_USERNAME'),
    neo4jPassword: str(env, 'NEO4J_PASSWORD'),
    neo4jDatabase: str(env, 'NEO4J_DATABASE'),
    embeddedPort: int(env, 'NEO4J_EMBEDDED_PORT'),
    embeddedDataDir: str(env, 'NEO4J_EMBEDDED_DATA_DIR'),
    embeddedHeapMb: int(env, 'NEO4J_EMBEDDED_HEAP_MB'),
    embeddedPageCacheMb: int(env, 'NEO4J_EMBEDDED_PAGECACHE_MB'),
    queryTimeoutSeconds: int(env, 'QUERY_TIMEOUT_SECONDS'),
    requestTimeoutSeconds: int(env, 'REQUEST_TIMEOUT_SECONDS'),
    requestMaxStatements: int(env, 'REQUEST_MAX_STATEMENTS'),
    requestFullShareCost: int(env, 'REQUEST_FULL_SHARE_COST'),
    jwtMaxLifetimeSeconds: int(env, 'JWT_MAX_LIFETIME_SECONDS'),
    maxQueryAliases: int(env, 'GRAPHQL_MAX_ALIASES'),
    maxQueryFields: int(env, 'GRAPHQL_MAX_FIELDS'),
    tenantRequestsPerMinute: int(env, 'TENANT_REQUESTS_PER_MINUTE'),
    tenantMaxConcurrent: int(env, 'TENANT_MAX_CONCURRENT'),
    tenantCostBudgetFactor: int(env, 'TENANT_COST_BUDGET_FACTOR'),
    heavyFieldCost: int(env, 'HEAVY_FIELD_COST'),
    heavyWorkConcurrency: int(env, 'HEAVY_WORK_CONCURRENCY'),
    tenantHeavyWorkShare: int(env, 'TENANT_HEAVY_WORK_SHARE'),
    tenantHeavyWorkPercent: int(env, 'TENANT_HEAVY_WORK_PERCENT'),
    slowQueryMs: int(env, 'SLOW_QUERY_MS'),
    metrics: bool(env, 'METRICS'),
    // Development mode is the default only where it is safe: the embedded, loopback database.
    authMode: (str(env, 'AUTH_MODE') ?? (neo4jUri === undefined ? 'dev' : 'jwt')) as 'jwt' | 'dev',
    jwtSecret: str(env, 'JWT_SECRET'),
    jwtIssuer: str(env, 'JWT_ISSUER'),
    jwtAudience: str(env, 'JWT_AUDIENCE'),
    demoTenant: str(env, 'DEMO_TENANT'),
    seedDemo: bool(env, 'SEED_DEMO') ?? neo4jUri === undefined,
    demoSeed: int(env, 'DEMO_SEED'),
    demoAccounts: int(env, 'DEMO_ACCOUNTS'),
    logLevel: str(env, 'LOG_LEVEL'),
    maxQueryDepth: int(env, 'GRAPHQL_MAX_DEPTH'),
    maxQueryComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY'),
    corsOrigins: str(env, 'CORS_ORIGINS')
      ?.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    graphqlIde: bool(env, 'GRAPHQL_IDE'),
    graphqlExecutor: str(env, 'GRAPHQL_EXECUTOR') as GraphQLExecutorKind | undefined,
    graphqlKnownDocuments: bool(env, 'GRAPHQL_KNOWN_DOCUMENTS'),
    warmUp: bool(env, 'WARM_UP'),
    warmUpTenant: str(env, 'WARM_UP_TENANT'),
    analyticsConfigFile: str(env, 'ANALYTICS_CONFIG_FILE'),
    scoreWorkerEnabled: bool(env, 'SCORE_WORKER'),
    scoreWorkerIntervalSeconds: int(env, 'SCORE_WORKER_INTERVAL_SECONDS'),
    scoreBatchSize: int(env, 'SCORE_BATCH_SIZE'),
    scoreSyncLimit: int(env, 'SCORE_SYNC_LIMIT'),
    scoreSyncWaitMs: int(env, 'SCORE_SYNC_WAIT_MS'),
    scoreLeaseSeconds: int(env, 'SCORE_LEASE_SECONDS'),
    instanceId: str(env, 'INSTANCE_ID'),
  });

  const problems = validateSync(config).flatMap((e) => Object.values(e.constraints ?? {}));
  if (config.authMode === 'dev' && !config.embedded) {
    problems.push(
      'AUTH_MODE=dev serves data without a token and is only allowed on the embedded database; unset NEO4J_URI or use AUTH_MODE=jwt',
    );
  }
  if (config.authMode === 'dev' && !isLoopback(config.host)) {
    problems.push(
      `AUTH_MODE=dev serves data without a token and only listens on loopback; HOST is '${config.host}': use HOST=127.0.0.1 or AUTH_MODE=jwt`,
    );
  }
  if (problems.length > 0) {
    throw new StartupError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/** Addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The process's own environment: the one place it is read. */
export function loadConfigFromEnvironment(): AppConfig {
  return loadConfig(process.env);
}
