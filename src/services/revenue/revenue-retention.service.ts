import { isoDate, type Clock } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { Segment } from '../../domain/vocabulary';
import type {
  RetentionGroupRow,
  RetentionPageRow,
  RetentionScope,
  RevenueRepository,
} from '../../repositories/revenue.repository';
import {
  accountRetention,
  accountRetentionFromTotals,
  gapOf,
  retentionTotals,
  totalsFromSums,
  type AccountRetention,
  type RetentionTotals,
} from '../../scoring/revenue-retention';
import { decodeCursor, encodeCursor } from '../pagination/cursor';

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

/** One page of the accounts in scope: its size, the endCursor of the page before, and whether to give evidence. */
export interface RetentionPageRequest {
  first: number;
  after?: string | null;
  /** Read the page's accounts' subscriptions and give each its evidence. */
  evidence: boolean;
}

export interface RevenueRetentionSummary extends RetentionTotals {
  from: string;
  to: string;
  bySegment: (RetentionTotals & { segment: Segment | null })[];
  dataGaps: string[];
  /** The requested page of accounts, the largest ARR change first (ties by account id). */
  accounts: Page<AccountRetention>;
}

/** Sums of an empty scope: no base, ratios null. */
const NO_SUMS: Omit<RetentionGroupRow, 'whole' | 'segment' | 'firstAccountId'> = {
  baseAccounts: 0,
  startingArr: 0,
  expansion: 0,
  contraction: 0,
  churn: 0,
  newArr: 0,
  churnedAccounts: 0,
  expandedAccounts: 0,
  contractedAccounts: 0,
};

/** NRR and GRR for a portfolio, a segment or one account; by default over the last twelve months. */
export class RevenueRetentionService {
  constructor(
    private readonly revenue: RevenueRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Every account of the scope with its subscriptions (each account's evidence given), movements
   * and totals worked out here: what a plan reads for one account. The portfolio list reads
   * `summary` instead, which does the same work in the database.
   */
  async retention(caller: Caller, query: RetentionQuery): Promise<RevenueRetentionReport> {
    const scope = periodOf(query, this.clock);
    const { from, to } = scope;
    const accounts = (await this.revenue.subscriptionsForRetention(caller.tenantId, scope)).map((row) =>
      accountRetention(row, from, to),
    );
    // Segments in the order of their first account id (the rows come in id order); every sum
    // added in the list's order, the largest change first, as retention-summary adds them.
    const segments = [...new Set(accounts.map((a) => a.segment))];
    accounts.sort(byLargestChange);
    return {
      from,
      to,
      ...retentionTotals(accounts),
      bySegment: segments.map((segment) => ({
        segment,
        ...retentionTotals(accounts.filter((a) => a.segment === segment)),
      })),
      accountMovements: accounts,
      dataGaps: accounts.flatMap((a) => a.dataGaps.map((gap) => `${a.accountId}: ${gap}`)),
    };
  }

  /**
   * The same figures as `retention`, summed, classified, sorted and paged in the database (one
   * statement): only the totals, the segments' totals, the gaps and one page of accounts come back,
   * not a row per account of the portfolio. With `evidence`, only the page's accounts' subscriptions
   * are read.
   */
  async summary(
    caller: Caller,
    query: RetentionQuery,
    request: RetentionPageRequest,
  ): Promise<RevenueRetentionSummary> {
    const scope: RetentionScope = periodOf(query, this.clock);
    const position = decodeCursor(request.after);
    if (position !== null && typeof position.key !== 'number')
      throw new BadInputError(`'after' is not a cursor this API produced`, { field: 'after' });
    const result = await this.revenue.retentionSummary(caller.tenantId, scope, {
      first: request.first,
      after: position === null ? null : { key: position.key as number, id: position.id },
      evidence: request.evidence,
    });
    const whole = result.groups.find((group) => group.whole) ?? NO_SUMS;
    const rows = result.page.slice(0, request.first);
    return {
      from: scope.from,
      to: scope.to,
      ...totalsFromSums(whole),
      bySegment: result.groups
        .filter((group) => !group.whole)
        .sort((a, b) => byCodeUnit(a.firstAccountId ?? '', b.firstAccountId ?? ''))
        .map(({ whole: _whole, firstAccountId: _first, segment, ...sums }) => ({
          segment,
          ...totalsFromSums(sums),
        })),
      dataGaps: result.gapsByAccount.flatMap(({ accountId, gaps }) =>
        gaps.map((gap) => `${accountId}: ${gapOf(gap)}`),
      ),
      accounts: {
        items: rows.map((row) => pageAccount(row, scope, request.evidence)),
        totalCount: result.totalCount,
        hasNextPage: result.page.length > request.first,
        // The signed change, as the cursors of the list paged in memory carried: either works.
        cursorOf: (item) => encodeCursor({ key: item.endingArr - item.startingArr, id: item.accountId }),
      },
    };
  }
}

/** A page's account: from its subscriptions when the evidence was read, else from its sums. */
function pageAccount(row: RetentionPageRow, scope: RetentionScope, evidence: boolean): AccountRetention {
  return evidence
    ? accountRetention(row, scope.from, scope.to)
    : accountRetentionFromTotals({
        accountId: row.accountId,
        accountName: row.accountName,
        segment: row.segment,
        startingArr: row.startingArr,
        endingArr: row.endingArr,
        gaps: row.gaps,
      });
}

/** The period asked for (default: the year to today), checked, with the rest of the scope. */
function periodOf(query: RetentionQuery, clock: Clock): RetentionScope {
  const to = query.to ?? isoDate(clock());
  const from = query.from ?? shiftYears(to, -1);
  if (from >= to) throw new BadInputError(`'from' (${from}) must be before 'to' (${to})`, { field: 'from' });
  return { from, to, segment: query.segment ?? null, accountId: query.accountId ?? null };
}

/**
 * The largest absolute ARR change first, ties by account id in code-unit order: the order the
 * database sorts the page in (`ORDER BY abs(change) DESC, accountId`), so both paths agree.
 */
function byLargestChange(a: AccountRetention, b: AccountRetention): number {
  const byChange = Math.abs(b.endingArr - b.startingArr) - Math.abs(a.endingArr - a.startingArr);
  return byChange !== 0 ? byChange : byCodeUnit(a.accountId, b.accountId);
}

/** Cypher's string order (UTF-16 code units), not the locale's. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shiftYears(day: string, years: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return isoDate(date);
}
