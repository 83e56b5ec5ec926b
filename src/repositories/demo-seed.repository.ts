import type { CypherExecutor } from '../db/cypher-executor';

export type DemoSeedStatus = 'IN_PROGRESS' | 'COMPLETE';

/** A marker node per tenant that records whether demo data was written, and completely. */
export class DemoSeedRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = { status: db.prepare('demo/seed-status'), mark: db.prepare('demo/mark-seed') };
  }

  async status(tenantId: string): Promise<{ status: DemoSeedStatus | null; accounts: number }> {
    const [row] = await this.db.read<{ status: DemoSeedStatus | null; accounts: number }>(
      this.q.status,
      tenantId,
    );
    return row ?? { status: null, accounts: 0 };
  }

  async mark(tenantId: string, status: DemoSeedStatus, seed: number, asOf: string): Promise<void> {
    await this.db.write(this.q.mark, tenantId, { status, seed, asOf });
  }
}
