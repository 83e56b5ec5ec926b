import type { AnalyticsConfig } from '../../config/analytics';
import { isoDate, type Clock } from '../../domain/clock';
import type { Caller } from '../../domain/tenant';
import type {
  AccountScoreRepository,
  NewAccountScore,
  PendingAccount,
} from '../../repositories/account-score.repository';
import type { AccountService } from '../accounts/account.service';
import { fingerprint } from '../health/config-version';
import type { HealthService } from '../health/health.service';
import type { ChurnIndicatorService } from '../signals/churn-indicators.service';
import type { ExpansionSignalService } from '../signals/expansion-signals.service';
import { withArr, type ThreadingService } from '../threading/threading.service';

/** healthRank of an account whose health could not be scored (no component): after every score. */
export const UNSCORABLE_HEALTH_RANK = 101;

/**
 * The fingerprint of every setting a stored score depends on: stored scores computed under
 * another one are re-scored (the daily pass marks them, reads do not serve them as current).
 */
export function storedScoresConfigVersion(analytics: AnalyticsConfig): string {
  return fingerprint({
    health: analytics.health,
    relationships: analytics.relationships,
    threading: analytics.threading,
    signals: analytics.signals,
  });
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
    private readonly clock: Clock,
    analytics: AnalyticsConfig,
  ) {
    this.configVersion = storedScoresConfigVersion(analytics);
  }

  today(): string {
    return isoDate(this.clock());
  }

  /** Accounts of a tenant whose stored scores are not current (at most `limit`). */
  pending(tenantId: string, limit: number): Promise<PendingAccount[]> {
    return this.repository.pending(tenantId, this.today(), this.configVersion, limit);
  }

  /** Scores these accounts of one tenant now and stores the scores (one batch: a few queries). */
  async rescore(tenantId: string, pending: readonly PendingAccount[]): Promise<RescoreReport> {
    if (pending.length === 0) return { written: 0, stillStale: 0 };
    const caller: Caller = { tenantId, role: 'ADMIN', subject: 'score-worker' };
    const ids = pending.map((p) => p.accountId);
    const asOf = this.health.asOf(null);
    const relAsOf = { now: asOf.now, day: asOf.day };
    const [assessed, accounts, expansion, churn] = await Promise.all([
      this.health.assess(caller, ids, asOf),
      this.accounts.byIds(caller, ids),
      this.expansionSignals.byAccountIds(caller, ids, asOf.day),
      this.churnIndicators.byAccountIds(caller, ids, asOf.day),
    ]);
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
        threadingScore: risk.score,
        threadingLevel: risk.level,
        arr: risk.arr,
        riskWeightedArr: risk.riskWeightedArr,
        threadingJson: JSON.stringify(risk),
        churnCount: churnOf?.indicators.length ?? 0,
        churnJson: churnOf ? JSON.stringify(churnOf) : null,
        expansionCount: expansionOf?.signals.length ?? 0,
        expansionJson: expansionOf ? JSON.stringify(expansionOf) : null,
      });
    }
    return this.repository.write(tenantId, scores, {
      computedAt: asOf.now.toISOString(),
      asOf: asOf.day,
      configVersion: this.configVersion,
    });
  }
}
