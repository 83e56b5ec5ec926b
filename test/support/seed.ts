import type { CypherExecutor } from '../../src/db/cypher-executor';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import { PortfolioWriteRepository } from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';

/** Writes records into a tenant through the same writer the seeders use. */
export async function seedTenant(
  db: CypherExecutor,
  tenantId: string,
  records: PortfolioRecords,
): Promise<void> {
  await new PortfolioWriter(new PortfolioWriteRepository(db)).write(tenantId, records);
}
