import type { Logger } from '../config/logger';

export interface MonitorOptions {
  /** Resolves true when the database answers (driver.verifyConnectivity), never throws. */
  ping: () => Promise<boolean>;
  logger: Logger;
  /** How often to check while down (and how long a client is told to wait). */
  downIntervalMs?: number;
  /** How often to check while up: a failed statement marks it down sooner. */
  upIntervalMs?: number;
  onChange?: (up: boolean) => void;
}

/** The longest a probe waits for the database to answer before counting it down. */
const PING_TIMEOUT_MS = 3_000;

/**
 * Whether the graph database answers, known without asking it per request: while it is down,
 * requests are refused at once with 503 and Retry-After instead of each waiting on the driver's
 * connection and retry timeouts. A failed statement (ServiceUnavailable) marks it down at once;
 * a probe every few seconds marks it up again, so the server recovers by itself.
 */
export class DatabaseMonitor {
  private up = true;
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private stopped = false;
  private readonly downIntervalMs: number;
  private readonly upIntervalMs: number;

  constructor(private readonly options: MonitorOptions) {
    this.downIntervalMs = options.downIntervalMs ?? 2_000;
    this.upIntervalMs = options.upIntervalMs ?? 5_000;
  }

  get isUp(): boolean {
    return this.up;
  }

  /** Seconds a refused client should wait before trying again. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.downIntervalMs / 1000));
  }

  start(): void {
    this.schedule(this.upIntervalMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** A statement could not reach the database: refuse from now on, and probe soon. */
  markDown(reason: string): void {
    if (!this.up) return;
    this.set(false, reason);
    this.schedule(this.downIntervalMs);
  }

  /**
   * Checks now (the /health route and the probe loop). `fresh`: the database has just come back
   * (the supervisor restarted it), so a probe already in flight, which may have started against
   * the dead one and still be waiting on its connection, is not waited for.
   */
  async probe(fresh = false): Promise<boolean> {
    if (this.probing && !fresh) return this.up;
    this.probing = true;
    try {
      // Bounded: a ping that hangs on a half-started database must not hold recovery up.
      const up = await Promise.race([
        this.options.ping(),
        new Promise<boolean>((done) => setTimeout(() => done(false), PING_TIMEOUT_MS).unref()),
      ]);
      if (up !== this.up) this.set(up, up ? 'the database answers again' : 'the database does not answer');
      return up;
    } finally {
      this.probing = false;
    }
  }

  private set(up: boolean, reason: string): void {
    this.up = up;
    if (up) this.options.logger.info({ reason }, 'Neo4j is up: serving requests again');
    else this.options.logger.error({ reason }, 'Neo4j is down: refusing requests with 503 until it answers');
    this.options.onChange?.(up);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.probe().then(() => this.schedule(this.up ? this.upIntervalMs : this.downIntervalMs));
    }, ms);
    this.timer.unref();
  }
}
