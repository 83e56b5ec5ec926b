import { isoDate, type Clock } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';
import type { Caller } from '../../domain/tenant';
import type { Segment } from '../../domain/vocabulary';
import type { RevenueRepository } from '../../repositories/revenue.repository';
import {
  accountRetention,
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

  async retention(caller: Caller, query: RetentionQuery): Promise<RevenueRetentionReport> {
    const to = query.to ?? isoDate(this.clock());
    const from = query.from ?? shiftYears(to, -1);
    if (from >= to)
      throw new BadInputError(`'from' (${from}) must be before 'to' (${to})`, { field: 'from' });
    const rows = await this.revenue.subscriptionsForRetention(caller.tenantId, {
      from,
      to,
      segment: query.segment ?? null,
      accountId: query.accountId ?? null,
    });
    const accounts = rows.map((row) => accountRetention(row, from, to));
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
          a.accountId.localeCompare(b.accountId),
      ),
      dataGaps: accounts.flatMap((a) => a.dataGaps.map((gap) => `${a.accountId}: ${gap}`)),
    };
  }
}

function shiftYears(day: string, years: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return isoDate(date);
}
