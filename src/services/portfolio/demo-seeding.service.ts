import type { PortfolioRecords } from '../../domain/graph-records';
import type { DemoSeedRepository } from '../../repositories/demo-seed.repository';
import type { PortfolioWriter } from './portfolio-writer.service';

export type DemoSeedOutcome = 'SEEDED' | 'RESUMED' | 'ALREADY_SEEDED' | 'TENANT_HAS_DATA';

/**
 * Seeds demo data into a tenant exactly once. The marker is written before the data and
 * completed after it, so a start interrupted while seeding finishes the job next time (the
 * writes are idempotent), and a tenant holding someone's real data is never touched.
 */
export class DemoSeedingService {
  constructor(
    private readonly markers: DemoSeedRepository,
    private readonly writer: PortfolioWriter,
  ) {}

  async seedOnce(
    tenantId: string,
    options: { seed: number; asOf: string },
    generate: () => PortfolioRecords,
  ): Promise<DemoSeedOutcome> {
    const { status, accounts } = await this.markers.status(tenantId);
    if (status === 'COMPLETE') return 'ALREADY_SEEDED';
    if (status === null && accounts > 0) return 'TENANT_HAS_DATA';
    await this.markers.mark(tenantId, 'IN_PROGRESS', options.seed, options.asOf);
    await this.writer.write(tenantId, generate());
    await this.markers.mark(tenantId, 'COMPLETE', options.seed, options.asOf);
    return status === 'IN_PROGRESS' ? 'RESUMED' : 'SEEDED';
  }
}
