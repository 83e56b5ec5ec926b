import type { CypherExecutor } from '../db/cypher-executor';
import type { SubscriptionStatus, Segment } from '../domain/vocabulary';
import type { RetentionSums } from '../domain/retention-facts';

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

/** A subscription left out because its end is unknown (not ACTIVE, no renewal date). */
export interface RetentionGapRow {
  id: string;
  productName: string;
  status: SubscriptionStatus;
}

/** The retention sums of the portfolio (`whole`) or of one of its segments, added in the database. */
export interface RetentionGroupRow extends RetentionSums {
  whole: boolean;
  segment: Segment | null;
  /** The group's smallest account id (code-unit order): segments are listed in this order. */
  firstAccountId: string | null;
}

/** One account of a page: its ARR at both ends and its movement, worked out in the database. */
export interface RetentionPageRow {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  startingArr: number;
  endingArr: number;
  change: number;
  movement: 'EXPANSION' | 'CONTRACTION' | 'CHURN' | 'FLAT' | 'NEW' | 'NONE';
  gaps: RetentionGapRow[];
  /** Empty unless the evidence was asked for. */
  subscriptions: RetentionSubscriptionRow[];
}

export interface RetentionSummaryRow {
  totalCount: number;
  /** The portfolio (`whole`) and each segment, in no particular order. */
  groups: RetentionGroupRow[];
  /** Every account with a gap, in the page order. */
  gapsByAccount: { accountId: string; gaps: RetentionGapRow[] }[];
  /** Up to `first` + 1 accounts, the largest |change| first, then by id. */
  page: RetentionPageRow[];
}

/** Where a page starts: after this account, whose |change| was `key`; null for the first page. */
export interface RetentionPageQuery {
  first: number;
  after: { key: number; id: string } | null;
  evidence: boolean;
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
      summary: db.prepare('revenue/retention-summary'),
    };
  }

  /** The totals, per segment too, and one page of accounts, all worked out in one statement. */
  async retentionSummary(
    tenantId: string,
    scope: RetentionScope,
    page: RetentionPageQuery,
  ): Promise<RetentionSummaryRow> {
    const [row] = await this.db.read<RetentionSummaryRow>(this.q.summary, tenantId, {
      ...scope,
      first: page.first,
      afterKey: page.after === null ? null : Math.abs(page.after.key),
      afterId: page.after?.id ?? null,
      evidence: page.evidence,
    });
    // One aggregate row always comes back, whatever the scope; empty lists when nothing matched.
    return row ?? { totalCount: 0, groups: [], gapsByAccount: [], page: [] };
  }

  subscriptionsForRetention(tenantId: string, scope: RetentionScope): Promise<RetentionAccountRow[]> {
    return this.db.read<RetentionAccountRow>(this.q.subscriptions, tenantId, { ...scope });
  }
}
