import type { CypherExecutor } from '../db/cypher-executor';
import type { SubscriptionStatus, Segment } from '../domain/vocabulary';

export interface RetentionSubscriptionRow {
  id: string;
  arr: number;
  startDate: string;
  renewalDate: string | null;
  status: SubscriptionStatus;
  productId: string;
  productName: string;
}

export interface RetentionAccountRow {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  subscriptions: RetentionSubscriptionRow[];
}

export interface RetentionScope {
  from: string;
  to: string;
  segment: Segment | null;
  accountId: string | null;
}

export class RevenueRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = { subscriptions: db.prepare('revenue/subscriptions-for-retention') };
  }

  subscriptionsForRetention(tenantId: string, scope: RetentionScope): Promise<RetentionAccountRow[]> {
    return this.db.read<RetentionAccountRow>(this.q.subscriptions, tenantId, { ...scope });
  }
}
