import type { CypherExecutor } from '../db/cypher-executor';
import type { CypherQuery } from '../db/query-registry';
import type { HealthBand, ThreadingRiskLevel } from '../domain/vocabulary';

/** When and under what a stored score was computed, and whether an input changed since. */
export interface ScoreStamp {
  accountId: string;
  computedAt: string | null;
  asOf: string | null;
  stale: boolean;
  staleSince: string | null;
  configVersion: string | null;
}

export interface StoredHealthRow extends ScoreStamp {
  healthJson: string | null;
  healthRank: number;
}

export interface StoredThreadingRow extends ScoreStamp {
  threadingJson: string | null;
  threadingScore: number;
  arr: number | null;
  riskWeightedArr: number | null;
}

export interface StoredChurnRow extends ScoreStamp {
  churnJson: string | null;
  churnCount: number;
}

export interface StoredExpansionRow extends ScoreStamp {
  expansionJson: string | null;
  expansionCount: number;
}

export interface StoredWhitespaceRow extends ScoreStamp {
  whitespaceJson: string | null;
  whitespaceValue: number;
}

/** A stored expansion opportunity with its account's score stamp. */
export interface StoredOpportunityRow extends ScoreStamp {
  id: string;
  sizeRank: number;
  statusOrder: number;
  json: string;
}

export interface ThreadingLevelRow {
  level: ThreadingRiskLevel | null;
  accounts: number;
  arr: number;
  riskWeightedArr: number;
  stale: number;
  oldestComputedAt: string | null;
}

/** An account waiting to be (re)scored, with the change count its inputs were read at. */
export interface PendingAccount {
  accountId: string;
  version: number;
}

export interface StalePendingAccount extends PendingAccount {
  tenantId: string;
}

/** One account's freshly computed scores, as stored (explanations as JSON). */
export interface NewAccountScore {
  accountId: string;
  version: number;
  healthConfigVersion: string | null;
  healthScore: number | null;
  healthBand: HealthBand | null;
  healthRank: number;
  healthJson: string | null;
  /** healthJson without the components' inputs and evidence: what a portfolio list shows. */
  healthSummaryJson: string | null;
  threadingScore: number;
  threadingLevel: ThreadingRiskLevel | null;
  arr: number;
  riskWeightedArr: number;
  threadingJson: string | null;
  churnCount: number;
  churnJson: string | null;
  /** churnJson without the indicators' evidence lists: what a portfolio list shows. */
  churnSummaryJson: string | null;
  expansionCount: number;
  expansionJson: string | null;
  /** expansionJson without the signals' evidence lists. */
  expansionSummaryJson: string | null;
  /** The portfolio whitespace view's row (totals, peers, top cells); -1 / null: not in the portfolio read. */
  whitespaceValue: number;
  whitespaceJson: string | null;
  /** The account's expansion opportunities, every status (stored as OpportunityScore nodes). */
  opportunities: NewOpportunityScore[];
}

export interface NewOpportunityScore {
  id: string;
  status: string;
  /** READY_TO_PROPOSE 0, QUALIFIED 1, OBSERVATION 2: the tie-break among equal sizes. */
  statusOrder: number;
  /** size.value, -1 when it has none: the view's sort key. */
  sizeRank: number;
  json: string;
}

interface PageRows<R> {
  rows: R[];
  total: number;
}

/** The AccountScore nodes: staleness marks, stored scores and the portfolio pages read from them. */
export class AccountScoreRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      markAccounts: db.prepare('scores/mark-accounts-stale'),
      markPeople: db.prepare('scores/mark-people-stale'),
      markTenant: db.prepare('scores/mark-tenant-stale'),
      pending: db.prepare('scores/pending'),
      staleAccounts: db.prepare('scores/stale-accounts'),
      write: db.prepare('scores/write-scores'),
      healthPage: db.prepare('scores/health-page'),
      threadingPage: db.prepare('scores/threading-page'),
      threadingSummary: db.prepare('scores/threading-summary'),
      churnPage: db.prepare('scores/churn-page'),
      expansionPage: db.prepare('scores/expansion-page'),
      whitespacePage: db.prepare('scores/whitespace-page'),
      opportunityPage: db.prepare('scores/opportunity-page'),
      opportunityPageByStatus: db.prepare('scores/opportunity-page-by-status'),
      staleAcrossTenants: db.prepare('system/stale-account-scores'),
      countStale: db.prepare('system/count-stale-account-scores'),
      age: db.prepare('system/age-account-scores'),
      unscored: db.prepare('system/unscored-accounts'),
    };
  }

  async markAccounts(tenantId: string, accountIds: readonly string[], cause: string, now: string) {
    const [row] = await this.db.write<{ marked: number }>(this.q.markAccounts, tenantId, {
      accountIds: [...new Set(accountIds)],
      cause,
      now,
    });
    return row?.marked ?? 0;
  }

  async markPeople(tenantId: string, personIds: readonly string[], cause: string, now: string) {
    const [row] = await this.db.write<{ marked: number }>(this.q.markPeople, tenantId, {
      personIds: [...new Set(personIds)],
      cause,
      now,
    });
    return row?.marked ?? 0;
  }

  async markTenantRound(tenantId: string, cause: string, now: string, limit: number): Promise<number> {
    const [row] = await this.db.write<{ marked: number }>(this.q.markTenant, tenantId, { cause, now, limit });
    return row?.marked ?? 0;
  }

  pending(tenantId: string, today: string, configVersion: string, limit: number): Promise<PendingAccount[]> {
    return this.db.read<PendingAccount>(this.q.pending, tenantId, { today, configVersion, limit });
  }

  staleAccounts(tenantId: string, limit: number): Promise<PendingAccount[]> {
    return this.db.read<PendingAccount>(this.q.staleAccounts, tenantId, { limit });
  }

  staleAcrossTenants(limit: number): Promise<StalePendingAccount[]> {
    return this.db.readSystem<StalePendingAccount>(this.q.staleAcrossTenants, { limit });
  }

  /** Stale stored scores across tenants: the worker's backlog (a metric, not a tenant's data). */
  async countStale(): Promise<number> {
    const [row] = await this.db.readSystem<{ stale: number }>(this.q.countStale, {});
    return row?.stale ?? 0;
  }

  async ageRound(today: string, configVersion: string, now: string, limit: number): Promise<number> {
    const [row] = await this.db.writeSystem<{ marked: number }>(this.q.age, {
      today,
      configVersion,
      now,
      limit,
    });
    return row?.marked ?? 0;
  }

  async unscoredRound(now: string, limit: number): Promise<number> {
    const [row] = await this.db.writeSystem<{ marked: number }>(this.q.unscored, { now, limit });
    return row?.marked ?? 0;
  }

  async write(
    tenantId: string,
    scores: readonly NewAccountScore[],
    stamp: { computedAt: string; asOf: string; configVersion: string },
  ): Promise<{ written: number; stillStale: number }> {
    const [row] = await this.db.write<{ written: number; stillStale: number }>(this.q.write, tenantId, {
      scores,
      ...stamp,
    });
    return row ?? { written: 0, stillStale: 0 };
  }

  async healthPage(
    tenantId: string,
    input: {
      first: number;
      afterId: string | null;
      band: HealthBand | null;
      includeArchived?: boolean;
      /** The full explanation (components' inputs and evidence); else the compact summary. */
      explained?: boolean;
    },
  ): Promise<PageRows<StoredHealthRow>> {
    return this.pageRows<StoredHealthRow>(this.q.healthPage, tenantId, {
      ...withArchived(input),
      explained: input.explained ?? true,
    });
  }

  /** A page statement's one row (the page's rows and the total), or an empty page. */
  private async pageRows<Row>(
    query: CypherQuery,
    tenantId: string,
    params: Record<string, unknown>,
  ): Promise<PageRows<Row>> {
    const [row] = await this.db.read<PageRows<Row>>(query, tenantId, params);
    return row ?? { rows: [], total: 0 };
  }

  async threadingPage(
    tenantId: string,
    input: { first: number; afterId: string | null; includeArchived?: boolean },
  ): Promise<StoredThreadingRow[]> {
    const [row] = await this.db.read<{ rows: StoredThreadingRow[] }>(
      this.q.threadingPage,
      tenantId,
      withArchived(input),
    );
    return row?.rows ?? [];
  }

  threadingSummary(tenantId: string, includeArchived = false): Promise<ThreadingLevelRow[]> {
    return this.db.read<ThreadingLevelRow>(this.q.threadingSummary, tenantId, { includeArchived });
  }

  /** churnJson is the full explanation unless `explained: false` (then the compact summary). */
  churnPage(tenantId: string, input: ExplainedPageInput): Promise<PageRows<StoredChurnRow>> {
    return this.pageRows<StoredChurnRow>(this.q.churnPage, tenantId, withExplained(input));
  }

  /** expansionJson is the full explanation unless `explained: false` (then the compact summary). */
  expansionPage(tenantId: string, input: ExplainedPageInput): Promise<PageRows<StoredExpansionRow>> {
    return this.pageRows<StoredExpansionRow>(this.q.expansionPage, tenantId, withExplained(input));
  }

  whitespacePage(tenantId: string, input: ScorePageInput): Promise<PageRows<StoredWhitespaceRow>> {
    return this.pageRows<StoredWhitespaceRow>(this.q.whitespacePage, tenantId, withArchived(input));
  }

  /** A page of stored opportunities, of one status or all (each through its own index). */
  async opportunityPage(
    tenantId: string,
    input: { first: number; afterId: string | null; status: string | null; includeArchived?: boolean },
  ): Promise<PageRows<StoredOpportunityRow>> {
    const { status, ...rest } = input;
    const [row] = await this.db.read<PageRows<StoredOpportunityRow>>(
      status === null ? this.q.opportunityPage : this.q.opportunityPageByStatus,
      tenantId,
      status === null ? withArchived(rest) : { ...withArchived(rest), status },
    );
    if (!row) return { rows: [], total: 0 };
    // The statement looks each page row's account up after ordering: the order is set here.
    const rows = [...row.rows].sort(
      (a, b) =>
        b.sizeRank - a.sizeRank || a.statusOrder - b.statusOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return { rows, total: row.total };
  }
}

/** Archived accounts are left out of the portfolio pages unless asked for. */
/** The input of a stored-score page. */
// A type, not an interface: it is passed on as statement parameters (an index signature).
type ScorePageInput = {
  first: number;
  afterId: string | null;
  includeArchived?: boolean;
};

/** A page that may read the compact summary instead of the full explanation. */
type ExplainedPageInput = ScorePageInput & {
  /** The full explanation (evidence lists included); else the compact summary. Default true. */
  explained?: boolean;
};

function withExplained(input: ExplainedPageInput) {
  return { ...withArchived(input), explained: input.explained ?? true };
}

function withArchived<T extends { includeArchived?: boolean }>(input: T): T & { includeArchived: boolean } {
  return { ...input, includeArchived: input.includeArchived ?? false };
}
