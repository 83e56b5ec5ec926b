import type { PortfolioRecords } from '../../domain/graph-records';
import {
  WRITE_STEPS,
  type PortfolioWriteRepository,
  type RecordKind,
} from '../../repositories/portfolio-write.repository';

export interface WriteProgress {
  kind: RecordKind;
  written: number;
  total: number;
}

/** Writes a whole portfolio into one tenant, step by step, in batches of `batchSize` rows. */
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
}
