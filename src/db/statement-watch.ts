import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Logger } from '../config/logger';
import type { AppMetrics } from '../observability/metrics';
import type { CypherExecutor } from './cypher-executor';
import type { DatabaseMonitor } from './database-monitor';

const tracer = trace.getTracer('stakeholder-api');

export interface StatementWatchOptions {
  logger: Logger;
  metrics?: AppMetrics;
  monitor: DatabaseMonitor;
  slowQueryMs: number;
}

/**
 * Everything watched per Cypher statement, from the executor's events: latency by query name
 * for /metrics, sessions in use, a warning line for each slow statement (name, time, rows,
 * tenant; the request id comes from the logger), a span per statement for tracing, and the
 * database marked down the moment a statement cannot reach it.
 */
export function watchStatements(db: CypherExecutor, options: StatementWatchOptions): void {
  const { logger, metrics, monitor } = options;
  metrics?.poolSize.set(50);
  db.onQuery((event) => {
    metrics?.cypherDuration.observe(
      { query: event.name, mode: event.mode, outcome: 'ok' },
      event.elapsedMs / 1000,
    );
    metrics?.poolInUse.set(db.activeSessions);
    span(event.name, event.elapsedMs, event.rows);
    if (event.elapsedMs >= options.slowQueryMs) {
      logger.warn(
        {
          query: event.name,
          ms: Math.round(event.elapsedMs),
          serverMs: event.serverMs,
          rows: event.rows,
          tenant: event.tenantId,
        },
        'Slow Cypher statement',
      );
    }
  });
  db.onQueryFailed((failure) => {
    metrics?.cypherDuration.observe(
      { query: failure.name, mode: failure.mode, outcome: failure.code },
      failure.elapsedMs / 1000,
    );
    metrics?.poolInUse.set(db.activeSessions);
    span(failure.name, failure.elapsedMs, 0, failure.code);
    if (failure.code === 'SERVICE_UNAVAILABLE') monitor.markDown(`${failure.name}: ${failure.error.message}`);
    if (failure.code === 'INTERNAL_SERVER_ERROR') {
      logger.error(
        { query: failure.name, err: failure.error.cause ?? failure.error },
        'Cypher statement failed',
      );
    }
  });
}

/** A finished statement as a span (no-op unless an OpenTelemetry SDK is registered). */
function span(name: string, elapsedMs: number, rows: number, errorCode?: string): void {
  const end = Date.now();
  const s = tracer.startSpan(`cypher ${name}`, {
    startTime: end - elapsedMs,
    attributes: { 'db.system': 'neo4j', 'db.operation.name': name, 'db.response.returned_rows': rows },
  });
  if (errorCode) s.setStatus({ code: SpanStatusCode.ERROR, message: errorCode });
  s.end(end);
}
