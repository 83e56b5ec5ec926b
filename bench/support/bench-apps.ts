import { loadConfig, type AppConfig } from '../../src/config/config';

type Settings = Record<string, string | undefined>;

/**
 * Far above what a bench sends in a minute: throughput is what the API benches measure, not the
 * per-tenant rate limit (bench:load exercises it).
 */
export const BENCH_RATE_LIMIT = '10000000';

/**
 * A bench's first API: on a new embedded Neo4j in `dataDir`, seeded with the demo, development
 * mode (the demo tenant's admin, no token), warm-up on, no IDE, no rate limit in the way.
 */
export function embeddedDemoApiConfig(dataDir: string, settings: Settings = {}): AppConfig {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_EMBEDDED_PORT: '0',
    NEO4J_EMBEDDED_DATA_DIR: dataDir,
    AUTH_MODE: 'dev',
    SEED_DEMO: 'true',
    GRAPHQL_IDE: 'false',
    TENANT_REQUESTS_PER_MINUTE: BENCH_RATE_LIMIT,
    LOG_LEVEL: 'silent',
    ...settings,
  });
}

/**
 * A further API of a bench, on a Neo4j already running with auth off (the first API's): JWT
 * callers, nothing seeded, no warm-up, no IDE, no rate limit in the way.
 */
export function sharedNeo4jApiConfig(boltUri: string, jwtSecret: string, settings: Settings = {}): AppConfig {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_URI: boltUri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: 'unused-auth-is-off',
    AUTH_MODE: 'jwt',
    JWT_SECRET: jwtSecret,
    SEED_DEMO: 'false',
    WARM_UP: 'false',
    GRAPHQL_IDE: 'false',
    TENANT_REQUESTS_PER_MINUTE: BENCH_RATE_LIMIT,
    LOG_LEVEL: 'silent',
    ...settings,
  });
}
