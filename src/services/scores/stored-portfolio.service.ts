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
import type {
  ExpansionOpportunity,
  ExpansionOpportunityService,
  PortfolioOpportunitiesInput,
} from '../opportunities/expansion-opportunities.service';
import type { PortfolioWhitespaceEntry } from '../../scoring/whitespace-portfolio';
import type { AccountScoringService } from './account-scoring.service';
import { liveFreshness, storedFreshness, type WithFreshness } from './score-freshness';

export interface StoredScoresOptions {
  /** A portfolio read re-scores the tenant's pending accounts itself when there are at most this many. */
  syncLimit: number;
  /** Accounts scored per batch. */
  batchSize: number;
  /**
   * How long a view waits for its own re-scoring before it answers with the stored rows as they
   * are (marked stale); the re-scoring goes on and lands for the next read. Default 3 s.
   */
  syncWaitMs?: number;
}

const DEFAULT_SYNC_WAIT_MS = 3_000;

/** Options of a signal view's page. */
export interface SignalPageOptions {
  includeArchived?: boolean;
  /**
   * The findings' evidence lists are wanted (signal-summaries.ts names their fields): read the
   * full stored explanation. Without them the compact summary stored beside it is read and parsed
   * instead, a fraction of the size. Default true.
   */
  explained?: boolean;
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
    private readonly opportunities: ExpansionOpportunityService,
    private readonly clock: Clock,
    private readonly options: StoredScoresOptions,
  ) {}

  /** Re-scorings started by views, per tenant: concurrent views wait for the same one. */
  private readonly refreshing = new Map<string, Promise<number>>();

  async portfolioHealth(
    caller: Caller,
    input: {
      first: number;
      after?: string | null;
      band?: HealthBand | null;
      asOf?: string | null;
      includeArchived?: boolean;
      /**
       * The components' inputs and evidence are wanted: read the full stored explanation. Without
       * them (a portfolio list: scores, bands, components' weights, red flags) the compact summary
       * stored beside it is read and parsed instead, a fraction of the size. Default true.
       */
      explained?: boolean;
    },
  ): Promise<Page<WithFreshness<AccountHealth>>> {
    if (this.isPast(input.asOf)) return this.live(await this.health.portfolio(caller, input));
    const { rows, total } = await this.afterRefresh(caller, () =>
      this.repository.healthPage(caller.tenantId, {
        first: input.first,
        afterId: decodeCursor(input.after)?.id ?? null,
        band: input.band ?? null,
        includeArchived: input.includeArchived ?? false,
        explained: input.explained ?? true,
      }),
    );
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
    const [rows, levels] = await this.afterRefresh(caller, () =>
      Promise.all([
        this.repository.threadingPage(caller.tenantId, {
          first: input.first,
          afterId: decodeCursor(input.after)?.id ?? null,
          includeArchived: input.includeArchived ?? false,
        }),
        this.repository.threadingSummary(caller.tenantId, input.includeArchived ?? false),
      ]),
    );
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
    { includeArchived = false, explained = true }: SignalPageOptions = {},
  ): Promise<Page<WithFreshness<AccountChurnIndicators>>> {
    if (this.isPast(asOf))
      return this.live(await this.churnIndicators.portfolio(caller, asOf, first, after, { includeArchived }));
    const { rows, total } = await this.afterRefresh(caller, () =>
      this.repository.churnPage(caller.tenantId, {
        first,
        afterId: decodeCursor(after)?.id ?? null,
        includeArchived,
        explained,
      }),
    );
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
    { includeArchived = false, explained = true }: SignalPageOptions = {},
  ): Promise<Page<WithFreshness<AccountExpansionSignals>>> {
    if (this.isPast(asOf))
      return this.live(
        await this.expansionSignals.portfolio(caller, asOf, first, after, { includeArchived }),
      );
    const { rows, total } = await this.afterRefresh(caller, () =>
      this.repository.expansionPage(caller.tenantId, {
        first,
        afterId: decodeCursor(after)?.id ?? null,
        includeArchived,
        explained,
      }),
    );
    const counts = new Map(rows.map((r) => [r.accountId, r.expansionCount]));
    return this.page(rows, total, first, (r) => ({
      ...(JSON.parse(r.expansionJson ?? 'null') as AccountExpansionSignals),
      freshness: this.fresh(r),
    })).withCursor((item) => counts.get(item.accountId) ?? 0);
  }

  /**
   * The portfolio's stored whitespace, largest first (the value, peers and top open cells the
   * worker computed against the whole portfolio). Accounts not scored yet are not listed.
   */
  async portfolioWhitespace(
    caller: Caller,
    first: number,
    after: string | null | undefined,
    { includeArchived = false }: { includeArchived?: boolean } = {},
  ): Promise<Page<WithFreshness<PortfolioWhitespaceEntry>>> {
    const { rows, total } = await this.afterRefresh(caller, () =>
      this.repository.whitespacePage(caller.tenantId, {
        first,
        afterId: decodeCursor(after)?.id ?? null,
        includeArchived,
      }),
    );
    const values = new Map(rows.map((r) => [r.accountId, r.whitespaceValue]));
    return this.page(rows, total, first, (r) => ({
      ...(JSON.parse(r.whitespaceJson ?? 'null') as PortfolioWhitespaceEntry),
      freshness: this.fresh(r),
    })).withCursor((item) => values.get(item.accountId) ?? 0);
  }

  /**
   * The portfolio's stored expansion opportunities (optionally of one status), largest first;
   * computed live for another day than today, as before. The worker judged them with each
   * account's health gate, so an account whose health refuses expansion has none ready.
   */
  async portfolioExpansionOpportunities(
    caller: Caller,
    input: PortfolioOpportunitiesInput,
  ): Promise<Page<WithFreshness<ExpansionOpportunity>>> {
    if (this.isPast(input.asOf)) return this.live(await this.opportunities.portfolio(caller, input));
    const { rows, total } = await this.afterRefresh(caller, () =>
      this.repository.opportunityPage(caller.tenantId, {
        first: input.first,
        afterId: decodeCursor(input.after)?.id ?? null,
        status: input.status ?? null,
        includeArchived: input.includeArchived ?? false,
      }),
    );
    const items = rows.slice(0, input.first).map((r) => ({
      ...(JSON.parse(r.json) as ExpansionOpportunity),
      freshness: this.fresh(r),
    }));
    return {
      items,
      totalCount: total,
      hasNextPage: rows.length > input.first,
      cursorOf: (item) => encodeCursor({ key: item.size.value ?? -1, id: item.id }),
    };
  }

  /**
   * Scores the tenant's pending accounts when they are few, waiting at most `syncWaitMs` for it:
   * past that the view answers with the stored rows (marked stale) and the re-scoring finishes
   * in the background, so a view never runs into the request limit because of it. Concurrent
   * views of a tenant share one re-scoring. Returns how many it scored in time (0 otherwise).
   */
  async refreshSmallBacklog(caller: Caller): Promise<number> {
    const tenantId = caller.tenantId;
    let running = this.refreshing.get(tenantId);
    if (running === undefined) {
      const pending = await this.scoring.pending(tenantId, this.options.syncLimit + 1);
      if (pending.length === 0 || pending.length > this.options.syncLimit) return 0;
      running = this.rescoreAll(tenantId, pending).finally(() => this.refreshing.delete(tenantId));
      this.refreshing.set(tenantId, running);
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(0), this.options.syncWaitMs ?? DEFAULT_SYNC_WAIT_MS);
      timer.unref();
    });
    try {
      // A failed re-scoring is the worker's to retry: the view still answers from what is stored.
      return await Promise.race([running.catch(() => 0), waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A view's read, sent side by side with its small-backlog check rather than after it: when
   * nothing was re-scored (nothing pending, a backlog left to the worker, or a re-scoring still
   * running past the wait, whose rows the view answers as they are) that read is the answer, one
   * round trip sooner; when the view re-scored accounts first, it reads again so they show.
   */
  private async afterRefresh<T>(caller: Caller, read: () => Promise<T>): Promise<T> {
    const early = read();
    // Not awaited on every path: a failure of a read that is not the answer is not the view's.
    early.catch(() => undefined);
    const refreshed = await this.refreshSmallBacklog(caller);
    return refreshed === 0 ? early : read();
  }

  private async rescoreAll(
    tenantId: string,
    pending: Awaited<ReturnType<AccountScoringService['pending']>>,
  ): Promise<number> {
    const pass = this.scoring.newPass();
    let written = 0;
    for (let i = 0; i < pending.length; i += this.options.batchSize) {
      written += (await this.scoring.rescore(tenantId, pending.slice(i, i + this.options.batchSize), pass))
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
