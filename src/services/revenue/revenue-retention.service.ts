import { isoDate, type Clock } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';
import type { Caller } from '../../domain/tenant';
import type { Segment } from '../../domain/vocabulary';
import type { RevenueRepository } from '../../repositories/revenue.repository';
import {
  accountRetention,
  accountRetentionFromTotals,
  retentionTotals,
  type AccountRetention,
  type RetentionTotals,
} from '../../scoring/revenue-retention';

export type { AccountRetention, RetentionMovement } from '../../scoring/revenue-retention';

export interface RetentionQuery {
  from?: string | null;
  to?: string | null;
  segment?: Segment | null;
  accountId?: string | null;
}

export interface RevenueRetentionReport extends RetentionTotals {
  from: string;
  to: string;
  bySegment: (RetentionTotals & { segment: Segment | null })[];
  /** Every account in scope, the largest ARR change first. */
  accountMovements: AccountRetention[];
  dataGaps: string[];
}

/** NRR and GRR for a portfolio, a segment or one account; by default over the last twelve months. */
export class RevenueRetentionService {
  constructor(
    private readonly revenue: RevenueRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * `evidence: false` (the portfolio list, no subscriptions asked for): each account's ARR at both
   * ends is summed in the database and only one flat row per account comes back, every figure the
   * same but each account's `evidence` left empty. Default true: every subscription is read and
   * the evidence given.
   */
  async retention(
    caller: Caller,
    query: RetentionQuery,
    { evidence = true }: { evidence?: boolean } = {},
  ): Promise<RevenueRetentionReport> {
    const to = query.to ?? isoDate(this.clock());
    const from = query.from ?? shiftYears(to, -1);
    if (from >= to)
      throw new BadInputError(`'from' (${from}) must be before 'to' (${to})`, { field: 'from' });
    const scope = { from, to, segment: query.segment ?? null, accountId: query.accountId ?? null };
    const accounts = evidence
      ? (await this.revenue.subscriptionsForRetention(caller.tenantId, scope)).map((row) =>
          accountRetention(row, from, to),
        )
      : (await this.revenue.retentionTotalsByAccount(caller.tenantId, scope)).map(accountRetentionFromTotals);
    const segments = [...new Set(accounts.map((a) => a.segment))];
    return {
      from,
      to,
      ...retentionTotals(accounts),
      bySegment: segments.map((segment) => ({
        segment,
        ...retentionTotals(accounts.filter((a) => a.segment === segment)),
      })),
      accountMovements: accounts.sort(
        (a, b) =>
          Math.abs(b.endingArr - b.startingArr) - Math.abs(a.endingArr - a.startingArr) ||
          BY_LOCALE.compare(a.accountId, b.accountId),
      ),
      dataGaps: accounts.flatMap((a) => a.dataGaps.map((gap) => `${a.accountId}: ${gap}`)),
    };
  }
}

/** localeCompare's order (the default locale's), without building a collator per comparison. */
const BY_LOCALE = new Intl.Collator();

function shiftYears(day: string, years: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return isoDate(date);
}
