import type { CypherExecutor } from '../db/cypher-executor';

export interface LeaseState {
  granted: boolean;
  holder: string | null;
  expiresAt: string | null;
}

/** Named leases kept as WorkerLease nodes: which instance of a cluster runs a background job. */
export class WorkerLeaseRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      acquire: db.prepare('system/acquire-lease'),
      release: db.prepare('system/release-lease'),
      holder: db.prepare('system/lease-holder'),
    };
  }

  async acquire(name: string, holder: string, now: Date, seconds: number): Promise<LeaseState> {
    const [row] = await this.db.writeSystem<LeaseState>(this.q.acquire, {
      name,
      holder,
      now: now.toISOString(),
      expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
    });
    return row ?? { granted: false, holder: null, expiresAt: null };
  }

  async release(name: string, holder: string): Promise<void> {
    await this.db.writeSystem(this.q.release, { name, holder });
  }

  async holder(name: string): Promise<Omit<LeaseState, 'granted'>> {
    const [row] = await this.db.readSystem<Omit<LeaseState, 'granted'>>(this.q.holder, { name });
    return row ?? { holder: null, expiresAt: null };
  }
}
