import { createReadStream } from 'node:fs';
import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import type { PortfolioWriter } from '../../../src/services/portfolio/portfolio-writer.service';
import type { ImportPlan } from './import-plan';

const NEWLINE = 0x0a;

/** Line breaks in a file: an estimate of its rows (a quoted field may hold one), read without parsing. */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) lines += 1;
  }
  return lines;
}

/**
 * The sizes of batch the write pass will send for a file of `lines` lines (one a header): full
 * batches and the last, partial one. Neo4j plans each size bucket apart, so each is planned.
 */
export function batchSizesOf(lines: number, batchSize: number): number[] {
  const rows = Math.max(lines - 1, 0);
  if (rows === 0) return [];
  const sizes = [Math.min(rows, batchSize)];
  const rest = rows % batchSize;
  if (rows > batchSize && rest > 0) sizes.push(rest);
  return sizes;
}

/**
 * Plans every upsert the import will run, for the batch sizes its files will give, in write order
 * and one at a time, while the first files are read and written: on a fresh Neo4j planning one
 * of these statements costs seconds (docs/scale.md, "Round 6: import, cold start"), which a batch
 * would otherwise wait for. Rows rejected or repeated make a batch smaller than estimated; a size
 * in another bucket is planned by its batch, as without this. Stops when `stopped` says so.
 */
export async function planAhead(
  plan: ImportPlan,
  writer: PortfolioWriter,
  tenantId: string,
  batchSize: number,
  stopped: () => boolean,
): Promise<void> {
  const planned = new Set<string>();
  for (const { entry, path } of plan.entries) {
    const kind: RecordKind = entry.record;
    for (const size of batchSizesOf(await countLines(path), batchSize)) {
      if (stopped()) return;
      // A repeated size costs a cache hit (~50 ms) in Neo4j; skip it here all the same.
      if (planned.has(`${kind}:${size}`)) continue;
      planned.add(`${kind}:${size}`);
      await writer.planUpsert(tenantId, kind, size);
    }
  }
}
