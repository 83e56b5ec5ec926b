import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, one registry per running app (tests start several apps in
 * one process). Latency buckets run from 5 ms to 30 s: a screen, a portfolio view, a timeout.
 */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class AppMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name (anonymous when unnamed) and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'app_errors_total',
    help: 'Errors returned to clients, by error code (GraphQL errors inside HTTP 200 included)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly refusals = new Counter({
    name: 'http_refusals_total',
    help: 'Requests refused before running, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly cypherDuration = new Histogram({
    name: 'cypher_statement_duration_seconds',
    help: 'Cypher statements by query file name, mode and outcome',
    labelNames: ['query', 'mode', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  readonly poolInUse = new Gauge({
    name: 'neo4j_sessions_in_use',
    help: 'Neo4j sessions (each holding a pooled connection) running a statement now',
    registers: [this.registry],
  });

  readonly poolSize = new Gauge({
    name: 'neo4j_pool_max_size',
    help: 'The driver connection pool size',
    registers: [this.registry],
  });

  readonly databaseUp = new Gauge({
    name: 'neo4j_up',
    help: '1 when the database answers, 0 when requests are refused with 503',
    registers: [this.registry],
  });

  readonly embeddedRestarts = new Counter({
    name: 'neo4j_embedded_restarts_total',
    help: 'Times the embedded Neo4j was restarted after it died',
    registers: [this.registry],
  });

  private heavyWork: { readonly active: number; readonly queued: number } | null = null;

  readonly heavyWorkRunning: Gauge = new Gauge({
    name: 'heavy_work_running',
    help: 'Units of heavy work (account plans, portfolio views) running now, all tenants',
    registers: [this.registry],
    collect: () => {
      this.heavyWorkRunning.set(this.heavyWork?.active ?? 0);
    },
  });

  readonly heavyWorkQueued: Gauge = new Gauge({
    name: 'heavy_work_queued',
    help: 'Units of heavy work waiting for their turn now, all tenants',
    registers: [this.registry],
    collect: () => {
      this.heavyWorkQueued.set(this.heavyWork?.queued ?? 0);
    },
  });

  readonly heavyWorkWait = new Histogram({
    name: 'heavy_work_wait_seconds',
    help: 'How long units of heavy work waited for their turn (the count: units started)',
    buckets: BUCKETS,
    registers: [this.registry],
  });

  private backlogSource: (() => Promise<number>) | null = null;

  /**
   * Stale stored scores waiting for the background worker, counted at scrape time (an index
   * count), so the figure is the graph's and not a copy that drifts. Left at its last value when
   * the count fails (the database down: `neo4j_up` says so).
   */
  readonly scoreBacklog = new Gauge({
    name: 'score_worker_backlog',
    help: 'Accounts whose stored scores are stale and wait for the score worker, all tenants',
    registers: [this.registry],
    collect: async () => {
      if (this.backlogSource === null) return;
      try {
        this.scoreBacklog.set(await this.backlogSource());
      } catch {
        // Keep the last value: a failed count says nothing about the backlog.
      }
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The queue the heavy-work gauges read at scrape time. */
  watchHeavyWork(queue: { readonly active: number; readonly queued: number }): void {
    this.heavyWork = queue;
  }

  /** Where the backlog gauge reads its count (the app wires the score repository in). */
  watchScoreBacklog(count: () => Promise<number>): void {
    this.backlogSource = count;
  }
}
