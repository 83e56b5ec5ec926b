import type { AnalyticsConfig } from '../../config/analytics';
import { isoDate, type Clock } from '../../domain/clock';
import type { Caller } from '../../domain/tenant';
import type {
  AccountScoreRepository,
  NewAccountScore,
  PendingAccount,
} from '../../repositories/account-score.repository';
import type { AccountService } from '../accounts/account.service';
import { isCandidateCell } from '../../scoring/opportunity-candidates';
import { DEFAULT_TOP_CELLS, type PortfolioWhitespaceScorer } from '../../scoring/whitespace-portfolio';
import type { RankedCell } from '../../scoring/whitespace';
import { fingerprint } from '../health/config-version';
import type { HealthService } from '../health/health.service';
import {
  opportunityAccountIds,
  type ExpansionOpportunityService,
} from '../opportunities/expansion-opportunities.service';
import type { PlaysService } from '../plays/plays.service';
import type { WhitespaceBase, WhitespaceService } from '../whitespace/whitespace.service';
import type { ChurnIndicatorService } from '../signals/churn-indicators.service';
import type { ExpansionSignalService } from '../signals/expansion-signals.service';
import { withArr, type ThreadingService } from '../threading/threading.service';
import { churnSummary, expansionSummary } from './signal-summaries';

/** healthRank of an account whose health could not be scored (no component): after every score. */
export const UNSCORABLE_HEALTH_RANK = 101;

/**
 * What is stored per account, as a number: a change re-scores every stored score (through the
 * configuration version). 2: the signal views' compact summaries (churnSummaryJson,
 * expansionSummaryJson).
 */
const STORED_FORMAT = 2;

/**
 * The fingerprint of every setting a stored score depends on, and of what is stored: stored
 * scores computed under another one are re-scored (the daily pass marks them, reads do not serve
 * them as current).
 */
export function storedScoresConfigVersion(analytics: AnalyticsConfig): string {
  return fingerprint({
    storedFormat: STORED_FORMAT,
    health: analytics.health,
    relationships: analytics.relationships,
    threading: analytics.threading,
    signals: analytics.signals,
    whitespace: analytics.whitespace,
    opportunities: analytics.opportunities,
    plays: analytics.plays,
  });
}

/** Where an opportunity's status puts it among equal sizes (`compareOpportunities`' order). */
const STATUS_ORDER = { READY_TO_PROPOSE: 0, QUALIFIED: 1, OBSERVATION: 2 } as const;

/** A pass of at most this many accounts is small: it may reuse the portfolio's recent facts. */
const SMALL_PASS_ACCOUNTS = 50;
/** How old the reused facts of the other accounts (the peers) may be. */
const RECENT_FACTS_MS = 5 * 60_000;

/**
 * What a pass computes once for all its batches: each tenant's portfolio whitespace scorer (the
 * portfolio's facts read once, peer pools and co-ownership built once), asked for lazily.
 */
export class ScoringPass {
  private readonly bases = new Map<string, Promise<WhitespaceBase>>();
  private readonly scorers = new Map<string, Promise<PortfolioWhitespaceScorer>>();

  constructor(private readonly whitespace: WhitespaceService) {}

  /**
   * The scorer for one batch of a tenant's accounts. The portfolio's facts are read once per pass
   * (at its first batch) and the scorer built once from them. A pass whose first batch is small (at
   * most SMALL_PASS_ACCOUNTS: a few writes) reuses the tenant's last full read when younger than
   * RECENT_FACTS_MS; each batch then re-reads its own accounts' facts into it.
   */
  async whitespaceOf(tenantId: string, accountIds: readonly string[]): Promise<PortfolioWhitespaceScorer> {
    let base = this.bases.get(tenantId);
    if (base === undefined) {
      base = this.whitespace.portfolioBase(
        tenantId,
        accountIds.length <= SMALL_PASS_ACCOUNTS ? RECENT_FACTS_MS : null,
      );
      // A failed read is not kept: the next batch asks again.
      base.catch(() => this.bases.delete(tenantId));
      this.bases.set(tenantId, base);
    }
    const read = await base;
    if (!read.full) return this.whitespace.scorerOf(tenantId, read, accountIds);
    let scorer = this.scorers.get(tenantId);
    if (scorer === undefined) {
      scorer = this.whitespace.scorerOf(tenantId, read, accountIds);
      this.scorers.set(tenantId, scorer);
    }
    return scorer;
  }
}

export interface RescoreReport {
  written: number;
  /** Accounts written to again while they were being scored: left stale for the next pass. */
  stillStale: number;
}

/**
 * Computes an account's scores exactly as the live queries do (the same services) and stores
 * them, with their explanations as JSON, on its AccountScore node.
 */
export class AccountScoringService {
  readonly configVersion: string;

  constructor(
    private readonly repository: AccountScoreRepository,
    private readonly accounts: AccountService,
    private readonly health: HealthService,
    private readonly threading: ThreadingService,
    private readonly expansionSignals: ExpansionSignalService,
    private readonly churnIndicators: ChurnIndicatorService,
    private readonly whitespace: WhitespaceService,
    private readonly opportunities: ExpansionOpportunityService,
    private readonly plays: PlaysService,
    private readonly clock: Clock,
    private readonly analytics: AnalyticsConfig,
  ) {
    this.configVersion = storedScoresConfigVersion(analytics);
  }

  /** A pass's shared work (the portfolio whitespace per tenant): one per worker pass or view refresh. */
  newPass(): ScoringPass {
    return new ScoringPass(this.whitespace);
  }

  today(): string {
    return isoDate(this.clock());
  }

  /** Accounts of a tenant whose stored scores are not current (at most `limit`). */
  pending(tenantId: string, limit: number): Promise<PendingAccount[]> {
    return this.repository.pending(tenantId, this.today(), this.configVersion, limit);
  }

  /**
   * Scores these accounts of one tenant now and stores the scores (one batch: a few queries).
   * Whitespace is scored against the whole portfolio as `pass` read it (once per pass); the
   * expansion opportunities from the batch's signals, whitespace cells and health gates.
   */
  async rescore(
    tenantId: string,
    pending: readonly PendingAccount[],
    pass: ScoringPass = this.newPass(),
  ): Promise<RescoreReport> {
    if (pending.length === 0) return { written: 0, stillStale: 0 };
    const caller: Caller = { tenantId, role: 'ADMIN', subject: 'score-worker' };
    const ids = pending.map((p) => p.accountId);
    const asOf = this.health.asOf(null);
    const relAsOf = { now: asOf.now, day: asOf.day };
    const [assessed, accounts, expansion, churn, whitespace] = await Promise.all([
      this.health.assess(caller, ids, asOf),
      this.accounts.byIds(caller, ids),
      this.expansionSignals.byAccountIds(caller, ids, asOf.day),
      this.churnIndicators.byAccountIds(caller, ids, asOf.day),
      pass.whitespaceOf(tenantId, ids),
    ]);
    // The view's top cells and the opportunities' candidate cells, from one matrix per account.
    const cuts = new Map(
      ids.map((id) => [
        id,
        whitespace.cutsOf(id, [
          { topCells: DEFAULT_TOP_CELLS },
          { topCells: this.analytics.opportunities.maxWhitespaceCells, keep: isCandidateCell },
        ]),
      ]),
    );
    const cellsOf = new Map<string, RankedCell[]>(
      [...cuts].flatMap(([id, cut]) => (cut === null ? [] : [[id, cut.cells[1]!] as const])),
    );
    const opportunities = await this.opportunities.forAccounts(
      caller,
      opportunityAccountIds(expansion, cellsOf),
      asOf,
      { signals: expansion, cellsOf, gates: this.plays.gatesOf(assessed) },
    );
    const scores: NewAccountScore[] = [];
    for (const { accountId, version } of pending) {
      const assessment = assessed.get(accountId);
      const account = accounts.get(accountId);
      if (!assessment || !account) continue; // deleted since it was marked
      const { health } = assessment;
      const risk = withArr(this.threading.assessSnapshot(assessment.threading, relAsOf), account.arr);
      const expansionOf = expansion.get(accountId);
      const churnOf = churn.get(accountId);
      scores.push({
        accountId,
        version,
        healthConfigVersion: health.configVersion,
        healthScore: health.score,
        healthBand: health.band,
        healthRank: health.score ?? UNSCORABLE_HEALTH_RANK,
        healthJson: JSON.stringify(health),
        healthSummaryJson: JSON.stringify(healthSummary(health)),
        threadingScore: risk.score,
        threadingLevel: risk.level,
        arr: risk.arr,
        riskWeightedArr: risk.riskWeightedArr,
        threadingJson: JSON.stringify(risk),
        churnCount: churnOf?.indicators.length ?? 0,
        churnJson: churnOf ? JSON.stringify(churnOf) : null,
        churnSummaryJson: churnOf ? JSON.stringify(churnSummary(churnOf)) : null,
        expansionCount: expansionOf?.signals.length ?? 0,
        expansionJson: expansionOf ? JSON.stringify(expansionOf) : null,
        expansionSummaryJson: expansionOf ? JSON.stringify(expansionSummary(expansionOf)) : null,
        ...whitespaceOf(cuts.get(accountId) ?? null),
        opportunities: (opportunities.get(accountId) ?? []).map((o) => ({
          id: o.id,
          status: o.status,
          statusOrder: STATUS_ORDER[o.status],
          sizeRank: o.size.value ?? -1,
          json: JSON.stringify(o),
        })),
      });
    }
    return this.repository.write(tenantId, scores, {
      computedAt: asOf.now.toISOString(),
      asOf: asOf.day,
      configVersion: this.configVersion,
    });
  }
}

/** The stored whitespace entry (the portfolio view's row) and its sort key; -1: not in the portfolio read. */
function whitespaceOf(
  cut: ReturnType<PortfolioWhitespaceScorer['cutsOf']>,
): Pick<NewAccountScore, 'whitespaceValue' | 'whitespaceJson'> {
  if (cut === null) return { whitespaceValue: -1, whitespaceJson: null };
  return {
    whitespaceValue: cut.entry.totals.whitespaceValue,
    whitespaceJson: JSON.stringify({ ...cut.entry, topCells: cut.cells[0]! }),
  };
}

/**
 * Health as a portfolio list shows it: every field but the components' inputs and evidence (the
 * bulk of the explanation), which only the full stored JSON has.
 */
function healthSummary<H extends { components: { inputs: unknown[]; evidence: unknown[] }[] }>(health: H): H {
  return { ...health, components: health.components.map((c) => ({ ...c, inputs: [], evidence: [] })) };
}
