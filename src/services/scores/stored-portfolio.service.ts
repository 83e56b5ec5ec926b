import { isoDate, type Clock } from '../../domain/clock';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { HealthBand } from '../../domain/vocabulary';
import type { AccountScoreRepository, ScoreStamp } from '../../repositories/account-score.repository';
import { round } from '../../scoring/score-parts';
import type { AccountHealth, HealthService } from '../health/health.service';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { AccountChurnIndicators, ChurnIndicatorService } from '../signals/churn-indicators.service';
import type { AccountExpansionSignals, ExpansionSignalService } from '../signals/expansion-signals.service';
import type {
  AccountThreadingRisk,
  PortfolioThreadingRisk,
  ThreadingService,
} from '../threading/threading.service';
import type { AccountScoringService } from './account-scoring.service';
import { liveFreshness, storedFreshness, type WithFreshness } from './score-freshness';

export interface StoredScoresOptions {
  /** A portfolio read re-scores the tenant's pending accounts itself when there are at most this many. */
  syncLimit: number;
  /** Accounts scored per batch. */
  batchSize: number;
}

export interface StoredThreadingPortfolio extends Omit<PortfolioThreadingRisk, 'page'> {
  page: Page<WithFreshness<AccountThreadingRisk>>;
  staleAccounts: number;
  oldestComputedAt: string | null;
}

/**
 * The portfolio views served from stored scores: one indexed page query (sorted, filtered and
 * cut in Cypher) instead of scoring every account per request. A view asked about another day
 * than today is computed live, as before. Each row says how fresh its score is.
 *
 * Before reading, a view scores the tenant's pending accounts itself when there are only a few
 * (syncLimit: a handful of writes since the last pass, a small tenant); a larger backlog (after an
 * import) is left to the background worker and the rows say they are stale.
 */
export class StoredPortfolioService {
  constructor(
    private readonly repository: AccountScoreRepository,
    private readonly scoring: AccountScoringService,
    private readonly health: HealthService,
    private readonly threading: ThreadingService,
    private readonly expansionSignals: ExpansionSignalService,
    private readonly churnIndicators: ChurnIndicatorService,
    private readonly clock: Clock,
    private readonly options: StoredScoresOptions,
  ) {}

  async portfolioHealth(
    caller: Caller,
    input: {
      first: number;
      after?: string | null;
      band?: HealthBand | null;
      asOf?: string | null;
      includeArchived?: boolean;
    },
  ): Promise<Page<WithFreshness<AccountHealth>>> {
    if (this.isPast(input.asOf)) return this.live(await this.health.portfolio(caller, input));
    await this.refreshSmallBacklog(caller);
    const { rows, total } = await this.repository.healthPage(caller.tenantId, {
      first: input.first,
      afterId: decodeCursor(input.after)?.id ?? null,
      band: input.band ?? null,
      includeArchived: input.includeArchived ?? false,
    });
    const missing = rows.filter((r) => r.healthJson === null).map((r) => r.accountId);
    const live =
      missing.length > 0
        ? await this.health.healthByAccountIds(caller, missing)
        : new Map<string, AccountHealth>();
    const ranks = new Map(rows.map((r) => [r.accountId, r.healthRank]));
    return this.page(rows, total, input.first, (r) =>
      r.healthJson === null
        ? withLive(live.get(r.accountId), this.clock())
        : { ...(JSON.parse(r.healthJson) as AccountHealth), freshness: this.fresh(r) },
    ).withCursor((item) => ranks.get(item.accountId) ?? 0);
  }

  async portfolioThreadingRisk(
    caller: Caller,
    input: { first: number; after?: string | null; asOf?: string | null; includeArchived?: boolean },
  ): Promise<StoredThreadingPortfolio> {
    if (this.isPast(input.asOf)) {
      const { page, ...rest } = await this.threading.portfolio(caller, input);
      return { ...rest, page: this.live(page), staleAccounts: 0, oldestComputedAt: rest.asOf };
    }
    await this.refreshSmallBacklog(caller);
    const [rows, levels] = await Promise.all([
      this.repository.threadingPage(caller.tenantId, {
        first: input.first,
        afterId: decodeCursor(input.after)?.id ?? null,
        includeArchived: input.includeArchived ?? false,
      }),
      this.repository.threadingSummary(caller.tenantId, input.includeArchived ?? false),
    ]);
    const missing = rows.filter((r) => r.threadingJson === null).map((r) => r.accountId);
    const live =
      missing.length > 0
        ? await this.threading.assess(caller, missing)
        : new Map<string, AccountThreadingRisk>();
    const total = levels.reduce((sum, l) => sum + l.accounts, 0);
    const scores = new Map(rows.map((r) => [r.accountId, r.threadingScore]));
    const page = this.page(rows, total, input.first, (r) =>
      r.threadingJson === null
        ? withLive(live.get(r.accountId), this.clock())
        : { ...(JSON.parse(r.threadingJson) as AccountThreadingRisk), freshness: this.fresh(r) },
    ).withCursor((item) => scores.get(item.accountId) ?? 0);
    const sum = (value: (l: (typeof levels)[number]) => number) =>
      round(
        levels.reduce((s, l) => s + value(l), 0),
        2,
      );
    const computed = levels.map((l) => l.oldestComputedAt).filter((d): d is string => d !== null);
    return {
      asOf: this.clock().toISOString(),
      page,
      totalArr: sum((l) => l.arr),
      arrAtHighRisk: sum((l) => (l.level === 'HIGH' ? l.arr : 0)),
      riskWeightedArr: sum((l) => l.riskWeightedArr),
      byLevel: (['HIGH', 'MEDIUM', 'LOW'] as const).map((level) => {
        const row = levels.find((l) => l.level === level);
        return { level, accounts: row?.accounts ?? 0, arr: round(row?.arr ?? 0, 2) };
      }),
      staleAccounts: levels.reduce((s, l) => s + l.stale, 0),
      oldestComputedAt: computed.length === 0 ? null : computed.sort()[0]!,
    };
  }

  async portfolioChurnIndicators(
    caller: Caller,
    asOf: string | null | undefined,
    first: number,
    after: string | null | undefined,
    { includeArchived = false }: { includeArchived?: boolean } = {},
  ): Promise<Page<WithFreshness<AccountChurnIndicators>>> {
    if (this.isPast(asOf))
      return this.live(await this.churnIndicators.portfolio(caller, asOf, first, after, { includeArchived }));
    await this.refreshSmallBacklog(caller);
    const { rows, total } = await this.repository.churnPage(caller.tenantId, {
      first,
      afterId: decodeCursor(after)?.id ?? null,
      includeArchived,
    });
    const counts = new Map(rows.map((r) => [r.accountId, r.churnCount]));
    return this.page(rows, total, first, (r) => ({
      ...(JSON.parse(r.churnJson ?? 'null') as AccountChurnIndicators),
      freshness: this.fresh(r),
    })).withCursor((item) => counts.get(item.accountId) ?? 0);
  }

  async portfolioExpansionSignals(
    caller: Caller,
    asOf: string | null | undefined,
    first: number,
    after: string | null | undefined,
    { includeArchived = false }: { includeArchived?: boolean } = {},
  ): Promise<Page<WithFreshness<AccountExpansionSignals>>> {
    if (this.isPast(asOf))
      return this.live(
        await this.expansionSignals.portfolio(caller, asOf, first, after, { includeArchived }),
      );
    await this.refreshSmallBacklog(caller);
    const { rows, total } = await this.repository.expansionPage(caller.tenantId, {
      first,
      afterId: decodeCursor(after)?.id ?? null,
      includeArchived,
    });
    const counts = new Map(rows.map((r) => [r.accountId, r.expansionCount]));
    return this.page(rows, total, first, (r) => ({
      ...(JSON.parse(r.expansionJson ?? 'null') as AccountExpansionSignals),
      freshness: this.fresh(r),
    })).withCursor((item) => counts.get(item.accountId) ?? 0);
  }

  /** Scores the tenant's pending accounts now when they are few; returns how many it scored. */
  async refreshSmallBacklog(caller: Caller): Promise<number> {
    const pending = await this.scoring.pending(caller.tenantId, this.options.syncLimit + 1);
    if (pending.length === 0 || pending.length > this.options.syncLimit) return 0;
    let written = 0;
    for (let i = 0; i < pending.length; i += this.options.batchSize) {
      written += (await this.scoring.rescore(caller.tenantId, pending.slice(i, i + this.options.batchSize)))
        .written;
    }
    return written;
  }

  /** Another day than today: the stored scores are today's, so the view is computed live. */
  private isPast(asOf: string | null | undefined): boolean {
    return asOf != null && asOf !== isoDate(this.clock());
  }

  private fresh(stamp: ScoreStamp) {
    const now = this.clock();
    return storedFreshness(stamp, now, isoDate(now));
  }

  private live<T>(page: Page<T>): Page<WithFreshness<T>> {
    const freshness = liveFreshness(this.clock());
    const items = page.items.map((item) => ({ ...item, freshness }));
    return { ...page, items, cursorOf: (item) => page.cursorOf(page.items[items.indexOf(item)]!) };
  }

  /** Rows fetched one past the page: the extra one only says there is a next page. */
  private page<R extends { accountId: string }, T extends { accountId: string }>(
    rows: readonly R[],
    total: number,
    first: number,
    toItem: (row: R) => T,
  ) {
    const items = rows.slice(0, first).map(toItem);
    return {
      withCursor: (keyOf: (item: T) => number): Page<T> => ({
        items,
        totalCount: total,
        hasNextPage: rows.length > first,
        cursorOf: (item) => encodeCursor({ key: keyOf(item), id: item.accountId }),
      }),
    };
  }
}

function withLive<T>(item: T | undefined, now: Date): WithFreshness<T> {
  if (item === undefined) throw new Error('An account on the page vanished while it was scored');
  return { ...item, freshness: liveFreshness(now) };
}
