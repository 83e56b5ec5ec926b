import type { Driver, Record as Neo4jRecord, Session } from 'neo4j-driver';
import { currentScope, type RequestScope } from '../observability/request-scope';
import { AppError } from '../domain/errors';
import { mapNeo4jError } from './neo4j-errors';
import { cleanWriteParams } from './text-hygiene';
import type { CypherQuery, QueryRegistry } from './query-registry';
import { currentRequestMemo } from './request-memo';
import { toNative } from './values';
import { runRead } from './auto-commit-read';
import { MAX_TRANSACTION_RETRY_MS } from './driver';

export type Params = Record<string, unknown>;

/** One row of a statement's answer by column name, values as the driver decoded them (a driver record). */
export interface RecordFields {
  get(key: string): unknown;
}

export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  tenantId: string | null;
  rows: number;
  /** Wall-clock time in this process, including the network round trip. */
  elapsedMs: number;
  /** Time the server reports it needed to produce and stream every record (available + consumed). */
  serverMs: number;
  /** The parameters it ran with, `$tenantId` included: lets a benchmark replay or profile it. */
  params: Params;
}

/** A statement that failed: its name and the code of the error it became (for metrics and logs). */
export interface QueryFailure {
  name: string;
  mode: 'READ' | 'WRITE';
  tenantId: string | null;
  elapsedMs: number;
  code: string;
  error: AppError;
}

export interface PlanOperator {
  operator: string;
  details: string;
  children: PlanOperator[];
}

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
}

/**
 * The only owner of the driver. Every query is a named `.cypher` file run in a read or a write
 * transaction (so a cluster routes it), tagged with its name, bounded by a timeout, scoped to a
 * tenant, with results converted to plain values and errors to the project's own.
 */
export class CypherExecutor {
  private readonly listeners = new Set<(event: QueryEvent) => void>();
  private readonly failureListeners = new Set<(failure: QueryFailure) => void>();
  private active = 0;

  constructor(
    private readonly driver: Driver,
    private readonly registry: QueryRegistry,
    private readonly options: ExecutorOptions,
  ) {}

  /** Looks a query up by name; call it when a repository is built so a missing file fails boot. */
  prepare(name: string): CypherQuery {
    return this.registry.get(name);
  }

  /** Runs a tenant-scoped read. `$tenantId` is always the caller's, never taken from input. */
  read<T>(query: CypherQuery, tenantId: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', query, tenantId, params);
  }

  /**
   * A tenant-scoped read whose rows `convert` makes from the driver's records itself: for a
   * statement whose columns have a known shape (the stakeholder map's), converted in one pass into
   * the objects the caller uses, instead of `toNative`'s generic copy of each record. Memoised and
   * converted per caller like `read`.
   */
  readRecords<T>(
    query: CypherQuery,
    tenantId: string,
    params: Params,
    convert: (record: RecordFields) => T,
  ): Promise<T[]> {
    return this.records('READ', query, tenantId, params).then((records) => records.map(convert));
  }

  /** Writes go through text hygiene: control characters and bidi overrides never reach the graph. */
  write<T>(query: CypherQuery, tenantId: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', query, tenantId, cleanWriteParams(params));
  }

  /** Queries that belong to no tenant: schema bookkeeping and health checks. */
  readSystem<T>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', query, null, params);
  }

  writeSystem<T>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', query, null, cleanWriteParams(params));
  }

  /** Sessions open right now (each holds one pooled connection while it runs). */
  get activeSessions(): number {
    return this.active;
  }

  /** Schema commands cannot share a transaction with data, so each runs on its own. */
  async runSchemaStatement(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.executeWrite((tx) => tx.run(statement));
    } catch (error) {
      throw mapNeo4jError(error, 'schema');
    } finally {
      await session.close();
    }
  }

  /** The plan Neo4j would use, without running the query: for tests and index checks. */
  async explain(query: CypherQuery, params: Params = {}): Promise<PlanOperator> {
    const session = this.driver.session({ database: this.options.database });
    try {
      const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${query.text}`, params));
      const plan = result.summary.plan;
      if (!plan) throw new Error(`No plan for ${query.name}`);
      return toPlanOperator(plan);
    } finally {
      await session.close();
    }
  }

  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onQueryFailed(listener: (failure: QueryFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    query: CypherQuery,
    tenantId: string | null,
    params: Params,
  ): Promise<T[]> {
    const records = await this.records(mode, query, tenantId, params);
    // Converted per caller, so two callers of one memoised read never share an object.
    return records.map((record) => toNative(record.toObject()) as T);
  }

  private async records(
    mode: 'READ' | 'WRITE',
    query: CypherQuery,
    tenantId: string | null,
    params: Params,
  ): Promise<Neo4jRecord[]> {
    if ('tenantId' in params) {
      throw new Error(`${query.name}: tenantId is set by the executor, not passed as a parameter`);
    }
    const scope = currentScope();
    if (scope?.signal.aborted) throw stoppedError(scope);
    const runParams = tenantId === null ? params : { ...params, tenantId };
    const memo = currentRequestMemo();
    let records: Neo4jRecord[];
    if (mode === 'WRITE') {
      // Nothing read before a write may answer a read after it, nor one running alongside it.
      memo?.invalidate();
      try {
        records = await this.execute(mode, query, tenantId, runParams, scope);
      } finally {
        memo?.invalidate();
      }
    } else if (memo) {
      const key = `${query.name}\u0000${tenantId ?? ''}\u0000${JSON.stringify(params)}`;
      records = await memo.read(key, () => this.execute(mode, query, tenantId, runParams, scope)).result;
    } else {
      records = await this.execute(mode, query, tenantId, runParams, scope);
    }
    return records;
  }

  private async execute(
    mode: 'READ' | 'WRITE',
    query: CypherQuery,
    tenantId: string | null,
    runParams: Params,
    scope: RequestScope | undefined,
  ): Promise<Neo4jRecord[]> {
    // The request's share of the database: past its slots, a statement waits for one of its own.
    let release: () => void = () => undefined;
    if (scope) {
      try {
        release = await scope.statements.acquire(scope.signal);
      } catch {
        throw stoppedError(scope);
      }
    }
    const started = performance.now();
    let session: Session;
    try {
      session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    } catch (error) {
      release();
      throw error;
    }
    this.active += 1;
    // Closing the session mid-transaction sends Bolt RESET: Neo4j stops the statement itself.
    const stop = () => void session.close();
    scope?.signal.addEventListener('abort', stop, { once: true });
    const metadata = { app: 'stakeholder-api', query: query.name, ...(scope ? { requestId: scope.id } : {}) };
    const config = () => ({
      // Never longer than the request has left: Neo4j ends it on time even if we cannot.
      timeout: scope
        ? Math.max(1, Math.min(this.options.timeoutMs, scope.remainingMs()))
        : this.options.timeoutMs,
      metadata,
    });
    try {
      // A read is one auto-commit statement (one round trip, no COMMIT), retried as executeRead would.
      const result =
        mode === 'READ'
          ? await runRead(session, query.text, runParams, {
              maxRetryMs: MAX_TRANSACTION_RETRY_MS,
              signal: scope?.signal,
              config,
            })
          : await session.executeWrite((tx) => tx.run(query.text, runParams), config());
      this.emit({
        name: query.name,
        mode,
        tenantId,
        rows: result.records.length,
        elapsedMs: performance.now() - started,
        serverMs:
          result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber(),
        params: runParams,
      });
      return result.records;
    } catch (caught) {
      const error = scope?.signal.aborted ? stoppedError(scope, caught) : mapNeo4jError(caught, query.name);
      const failure = { name: query.name, mode, tenantId, elapsedMs: performance.now() - started };
      for (const listener of this.failureListeners) listener({ ...failure, code: error.code, error });
      throw error;
    } finally {
      this.active -= 1;
      scope?.signal.removeEventListener('abort', stop);
      try {
        await session.close();
      } finally {
        release();
      }
    }
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** The request ran out of time or its client left: what the statement becomes. */
function stoppedError(scope: RequestScope, cause?: unknown): AppError {
  return new AppError(
    'TIMEOUT',
    scope.stopReason === 'CLIENT_GONE'
      ? 'The client closed the connection; the request was stopped'
      : `The request took longer than its time limit (${Math.round(scope.timeoutMs / 1000)} s) and was stopped`,
    {},
    { cause },
  );
}

interface RawPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: RawPlan[];
}

function toPlanOperator(plan: RawPlan): PlanOperator {
  return {
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: describeArgument(plan.arguments['Details']),
    children: plan.children.map(toPlanOperator),
  };
}

function describeArgument(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
