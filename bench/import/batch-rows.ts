import type { Params } from '../../src/db/cypher-executor';

/**
 * How many rows a batched write carries: `$rows` (a list of maps) or `$columns` (one list per
 * field, all of the batch's length: see src/repositories/batch-columns.ts); null for a write that
 * is not a batch.
 */
export function batchRowCount(params: Params): number | null {
  const rows = params['rows'];
  if (Array.isArray(rows)) return rows.length;
  const columns = params['columns'];
  if (columns === null || typeof columns !== 'object') return null;
  const first: unknown = Object.values(columns as Record<string, unknown>)[0];
  return Array.isArray(first) ? first.length : null;
}
