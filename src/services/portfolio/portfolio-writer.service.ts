import type { PortfolioRecords } from '../../domain/graph-records';
import {
  WRITE_STEPS,
  type LinkResult,
  type PortfolioWriteRepository,
  type RecordKind,
  type UpsertSummary,
} from '../../repositories/portfolio-write.repository';

export interface WriteProgress {
  kind: RecordKind;
  written: number;
  total: number;
}

/**
 * Writes portfolios into one tenant: a whole one in memory step by step (the demo seed, tests),
 * or batch by batch for a streaming importer that needs each row's outcome.
 */
export class PortfolioWriter {
  constructor(
    private readonly repository: PortfolioWriteRepository,
    private readonly batchSize = 1000,
  ) {}

  async write(
    tenantId: string,
    records: PortfolioRecords,
    onProgress: (progress: WriteProgress) => void = () => undefined,
  ): Promise<Record<RecordKind, number>> {
    const counts = {} as Record<RecordKind, number>;
    for (const step of WRITE_STEPS) {
      const rows = records[step.kind];
      for (let start = 0; start < rows.length; start += this.batchSize) {
        const batch = rows.slice(start, start + this.batchSize);
        await this.repository.writeBatch(tenantId, step.query, batch);
        onProgress({ kind: step.kind, written: start + batch.length, total: rows.length });
      }
      counts[step.kind] = rows.length;
    }
    return counts;
  }

  /** One transaction: the rows created, updated, left unchanged or rejected, and those with a reference missing. */
  upsertBatch(tenantId: string, kind: RecordKind, rows: readonly object[]): Promise<UpsertSummary> {
    return this.repository.upsert(tenantId, kind, rows);
  }

  /** Links self-references (parents, managers) that pointed forward when their rows were written. */
  linkBatch(tenantId: string, kind: RecordKind, rows: readonly object[]): Promise<LinkResult[]> {
    return this.repository.link(tenantId, kind, rows);
  }

  existingIds(tenantId: string, kind: RecordKind, ids: readonly string[]): Promise<string[]> {
    return this.repository.existingIds(tenantId, kind, ids);
  }
}
