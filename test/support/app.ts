import jwt from 'jsonwebtoken';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger, type Logger } from '../../src/config/logger';
import type { Clock } from '../../src/domain/clock';

export const TEST_JWT_SECRET = 'integration-tests-secret-of-at-least-32-chars';

/**
 * The real server (HTTP, Apollo, services, Cypher) on a free port, against the run's Neo4j;
 * silent unless given a logger (a test that reads the server's log lines).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  clock?: Clock,
  logger: Logger = createLogger('silent', false),
): Promise<RunningApp> {
  const uri = process.env['TEST_NEO4J_URI'];
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run through jest');
  const config = loadConfig({
    NEO4J_URI: uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: 'unused-auth-is-off',
    AUTH_MODE: 'jwt',
    JWT_SECRET: TEST_JWT_SECRET,
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    // Apps of parallel test files share one Neo4j: no background re-scoring across their tenants
    // (a test that needs a pass calls app.scoreWorker.runPass).
    SCORE_WORKER: 'false',
    // Suites such as the graphql-http audit fire dozens of requests at once, and on a busy machine
    // they outlast each other: the concurrency limit is tested in test/hardening with its own value.
    TENANT_MAX_CONCURRENT: '1000',
    // A view waits for its own re-scoring of a small backlog however slow the shared machine is,
    // so tests read current scores deterministically (the bound is for production request limits),
    // and the request limit leaves it the time (tests of the limit set their own).
    SCORE_SYNC_WAIT_MS: '600000',
    REQUEST_TIMEOUT_SECONDS: '120',
    ...env,
  });
  return startApp(config, logger, { clock });
}

export function tokenFor(tenant: string, role = 'VIEWER'): string {
  return jwt.sign({ tenant, role, sub: `test-${role.toLowerCase()}` }, TEST_JWT_SECRET, { expiresIn: '1h' });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, unknown>>(
  app: RunningApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/**
 * One worker pass over `tenantId`, waiting its turn for the worker's lease: test files running
 * side by side share one Neo4j and so one lease, and a pass refused it did nothing.
 */
export async function passWhenLeaseFree(
  app: RunningApp,
  tenantId: string,
  options: Omit<NonNullable<Parameters<RunningApp['scoreWorker']['runPass']>[0]>, 'tenantId'> = {},
): ReturnType<RunningApp['scoreWorker']['runPass']> {
  const giveUpAt = Date.now() + 120_000;
  for (;;) {
    const report = await app.scoreWorker.runPass({ ...options, tenantId });
    if (report.ran || Date.now() >= giveUpAt) return report;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
