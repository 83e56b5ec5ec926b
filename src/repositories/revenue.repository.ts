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

/** An account's ARR at both ends of the period, summed in the database; gaps: subscriptions with an unknown end. */
export interface RetentionTotalsRow {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  startingArr: number;
  endingArr: number;
  gaps: { id: string; productName: string; status: SubscriptionStatus }[];
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
    this.q = {
      subscriptions: db.prepare('revenue/subscriptions-for-retention'),
      totals: db.prepare('revenue/retention-totals-by-account'),
    };
  }

  /** Each account's ARR at both ends of the period, summed in the database: one flat row per account. */
  retentionTotalsByAccount(tenantId: string, scope: RetentionScope): Promise<RetentionTotalsRow[]> {
    return this.db.read<RetentionTotalsRow>(this.q.totals, tenantId, { ...scope });
  }

  subscriptionsForRetention(tenantId: string, scope: RetentionScope): Promise<RetentionAccountRow[]> {
    return this.db.read<RetentionAccountRow>(this.q.subscriptions, tenantId, { ...scope });
  }
}
