import type { Clock } from '../../domain/clock';
import { isoDate } from '../../domain/clock';
import type { Logger } from '../../config/logger';
import type { AccountScoreRepository } from '../../repositories/account-score.repository';
import type { WorkerLeaseRepository } from '../../repositories/worker-lease.repository';
import type { AccountScoringService } from './account-scoring.service';

export const SCORE_WORKER_LEASE = 'score-worker';

export interface ScoreWorkerOptions {
  /** Off: nothing runs in the background (reads still re-score a small backlog themselves). */
  enabled: boolean;
  /** Pause between passes when there was nothing to do. */
  intervalMs: number;
  /** Accounts scored per batch (a few queries each). */
  batchSize: number;
  /** How long the lease lasts without renewal; renewed every batch. */
  leaseSeconds: number;
  /** This instance's name in the lease (host and process by default). */
  instanceId: string;
}

export interface PassReport {
  /** False when another instance holds the lease: this one did nothing. */
  ran: boolean;
  /** Accounts given a score node (never scored) and marked stale by the daily aging. */
  unscoredMarked: number;
  agedMarked: number;
  scored: number;
  stillStale: number;
  batches: number;
  ms: number;
}

export interface PassScope {
  /** Only this tenant's stale accounts (tests, benchmarks); default every tenant's. */
  tenantId?: string;
  /** Called after each batch with the figures so far (a benchmark's progress line). */
  onBatch?: (report: PassReport) => void;
  /** Start no batch after this instant (ms since the epoch): a benchmark's time box. */
  deadline?: number;
}

/** Rows marked per statement by the daily pass. */
const MARK_ROUND = 5_000;

/**
 * Keeps stored scores current without a nightly job. Each pass, under a lease in the graph (so in
 * a cluster only one instance works): gives accounts without a score node one; once a day marks
 * scores of an earlier day or another configuration stale (scores decay with time); then scores
 * stale accounts, oldest mark first, batch by batch, until none is left, logging progress. The
 * queue is the stale marks in the graph itself, so a restarted server resumes where it stopped.
 */
export class ScoreWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PassReport> | null = null;
  private stopping = false;
  private agedOn: string | null = null;

  constructor(
    private readonly scores: AccountScoreRepository,
    private readonly leases: WorkerLeaseRepository,
    private readonly scoring: AccountScoringService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: ScoreWorkerOptions,
  ) {}

  start(): void {
    if (!this.options.enabled || this.timer !== null) return;
    this.stopping = false;
    this.schedule(0);
    this.logger.info(
      { instance: this.options.instanceId, batchSize: this.options.batchSize },
      'Score worker started',
    );
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await this.leases.release(SCORE_WORKER_LEASE, this.options.instanceId).catch(() => undefined);
  }

  /**
   * One pass now (tests and operators; the timer calls it too). Passes never overlap: a call
   * while one runs waits for it. With `tenantId`, only that tenant's stale accounts are scored.
   */
  runPass(scope: PassScope = {}): Promise<PassReport> {
    if (this.running === null) {
      this.running = this.pass(scope).finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.runPass()
        .then((report) => this.schedule(report.scored > 0 ? 0 : this.options.intervalMs))
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'Score worker pass failed; retrying later');
          this.schedule(this.options.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  private async holdLease(): Promise<boolean> {
    const lease = await this.leases.acquire(
      SCORE_WORKER_LEASE,
      this.options.instanceId,
      this.clock(),
      this.options.leaseSeconds,
    );
    return lease.granted;
  }

  private async pass(scope: PassScope): Promise<PassReport> {
    const started = Date.now();
    const report: PassReport = {
      ran: false,
      unscoredMarked: 0,
      agedMarked: 0,
      scored: 0,
      stillStale: 0,
      batches: 0,
      ms: 0,
    };
    if (!(await this.holdLease())) return report;
    report.ran = true;
    const today = isoDate(this.clock());
    if (scope.tenantId === undefined && this.agedOn !== today) {
      report.unscoredMarked = await this.repeat((now) => this.scores.unscoredRound(now, MARK_ROUND));
      report.agedMarked = await this.repeat((now) =>
        this.scores.ageRound(today, this.scoring.configVersion, now, MARK_ROUND),
      );
      this.agedOn = today;
    }
    let lastLog = Date.now();
    // Portfolio-wide inputs (each tenant's whitespace peers and co-ownership) once per pass.
    const shared = this.scoring.newPass();
    while (!this.stopping) {
      const batch = await this.nextBatch(scope.tenantId);
      if (batch.length === 0) break;
      let scoredInBatch = 0;
      for (const [tenantId, pending] of groupByTenant(batch)) {
        const written = await this.scoring.rescore(tenantId, pending, shared);
        scoredInBatch += written.written;
        report.stillStale += written.stillStale;
      }
      report.scored += scoredInBatch;
      report.batches += 1;
      scope.onBatch?.({ ...report, ms: Date.now() - started });
      // Nothing scorable left in the queue (accounts deleted after they were marked).
      if (scoredInBatch === 0) break;
      if (Date.now() - lastLog >= 5_000) {
        lastLog = Date.now();
        this.logger.info(
          { scored: report.scored, batches: report.batches, ms: Date.now() - started },
          'Score worker: re-scoring stale accounts',
        );
      }
      // Renewed per batch: a pass longer than the lease keeps it, a dead instance loses it.
      if (!(await this.holdLease())) break;
      // Accounts written to while being scored stay stale: stop rather than spin on them.
      if (report.stillStale > 0 && batch.length < this.options.batchSize) break;
      if (scope.deadline !== undefined && Date.now() >= scope.deadline) break;
    }
    report.ms = Date.now() - started;
    // A pass asked for one tenant (an operator, a test) is work on demand, not this instance's
    // standing duty: it hands the lease back at once, so another instance's pass (or its own
    // timer's) need not wait for the lease to expire.
    if (scope.tenantId !== undefined) {
      await this.leases.release(SCORE_WORKER_LEASE, this.options.instanceId).catch(() => undefined);
    }
    if (report.scored > 0 || report.unscoredMarked > 0 || report.agedMarked > 0) {
      this.logger.info(report, 'Score worker pass done');
    }
    return report;
  }

  private async nextBatch(tenantId: string | undefined) {
    if (tenantId !== undefined) {
      return (await this.scores.staleAccounts(tenantId, this.options.batchSize)).map((p) => ({
        ...p,
        tenantId,
      }));
    }
    return this.scores.staleAcrossTenants(this.options.batchSize);
  }

  private async repeat(round: (now: string) => Promise<number>): Promise<number> {
    const now = this.clock().toISOString();
    let total = 0;
    for (;;) {
      const marked = await round(now);
      total += marked;
      if (marked < MARK_ROUND) return total;
    }
  }
}

function groupByTenant<T extends { tenantId: string; accountId: string; version: number }>(
  rows: readonly T[],
) {
  const groups = new Map<string, { accountId: string; version: number }[]>();
  for (const { tenantId, accountId, version } of rows) {
    groups.set(tenantId, [...(groups.get(tenantId) ?? []), { accountId, version }]);
  }
  return groups;
}
