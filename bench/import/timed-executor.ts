import type { Driver } from 'neo4j-driver';
import { CypherExecutor, type ExecutorOptions, type Params } from '../../src/db/cypher-executor';
import type { CypherQuery, QueryRegistry } from '../../src/db/query-registry';
import { batchRowCount } from './batch-rows';

/** One batch the importer wrote: which upsert, how many rows, when it started and committed. */
export interface WriteBatch {
  query: string;
  rows: number;
  startMs: number;
  endMs: number;
}

/**
 * The project's executor, noting every batched write (`{ rows }` or `{ columns }`) with its timing, so the
 * benchmark can see the importer's throughput over the course of the load without the importer
 * knowing it is measured.
 */
export class TimedExecutor extends CypherExecutor {
  readonly batches: WriteBatch[] = [];

  constructor(driver: Driver, registry: QueryRegistry, options: ExecutorOptions) {
    super(driver, registry, options);
  }

  override async write<T>(query: CypherQuery, tenantId: string, params: Params = {}): Promise<T[]> {
    const startMs = performance.now();
    const result = await super.write<T>(query, tenantId, params);
    const rows = batchRowCount(params);
    if (rows !== null) this.batches.push({ query: query.name, rows, startMs, endMs: performance.now() });
    return result;
  }
}

export interface TenthRates {
  rows: number;
  firstTenthRowsPerSecond: number;
  lastTenthRowsPerSecond: number;
}

/** Rows per second over whole batches, first to last. */
function rate(batches: readonly WriteBatch[]): number {
  const first = batches[0];
  const last = batches[batches.length - 1];
  if (!first || !last) return 0;
  const rows = batches.reduce((sum, b) => sum + b.rows, 0);
  return rows / Math.max((last.endMs - first.startMs) / 1000, 1e-6);
}

/**
 * Throughput over the first and the last tenth of the rows written: the batches up to the one
 * that reaches 10% of all rows, and those from the one that passes 90%. Time between batches
 * (reading and validating the next rows) counts, as it does for the user waiting.
 */
export function tenthRates(batches: readonly WriteBatch[]): TenthRates {
  const total = batches.reduce((sum, b) => sum + b.rows, 0);
  let cumulative = 0;
  const first: WriteBatch[] = [];
  const last: WriteBatch[] = [];
  for (const batch of batches) {
    if (cumulative < total * 0.1) first.push(batch);
    cumulative += batch.rows;
    if (cumulative > total * 0.9) last.push(batch);
  }
  return { rows: total, firstTenthRowsPerSecond: rate(first), lastTenthRowsPerSecond: rate(last) };
}
