/**
 * How many statements one request may have running in Neo4j at once; the rest wait their turn
 * in order. One account plan starts dozens of statements together, and nine of them in one
 * request started hundreds: enough to take the driver's whole connection pool and most of the
 * database's threads, so every other tenant's screen queued behind them (issue 14's load test).
 * With a few slots per request, an expensive request still runs all its work, only not all of it
 * at once, and the other requests keep their share of the pool and the CPU.
 */
export class StatementSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private max: number) {}

  get limit(): number {
    return this.max;
  }

  /**
   * Lowers the limit once the request's cost is known (never raises it): statements already
   * running finish, new ones wait until the request is under the new limit.
   */
  narrow(limit: number): void {
    this.max = Math.max(1, Math.min(this.max, limit));
  }

  /** Waits for a slot (at once when one is free); the returned function gives it back. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.running >= this.max) {
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          signal?.removeEventListener('abort', gone);
          resolve();
        };
        const gone = () => {
          const at = this.waiting.indexOf(turn);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(signal?.reason instanceof Error ? signal.reason : new Error(String(signal?.reason)));
        };
        this.waiting.push(turn);
        signal?.addEventListener('abort', gone, { once: true });
      });
    } else {
      this.running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next in line (running stays the same), else frees up;
      // after `narrow` it is not passed on until the request is under its new limit.
      const next = this.running <= this.max ? this.waiting.shift() : undefined;
      if (next) next();
      else this.running -= 1;
    };
  }

  /** Statements waiting for a slot now (tests, logs). */
  get queued(): number {
    return this.waiting.length;
  }
}

/**
 * A request's statement slots by its estimated cost: up to `fullShareCost` it has all of them;
 * above, they shrink in proportion (a request that costs four times as much runs a quarter as
 * many statements at once), never below one. Nine account plans in one request (cost 9,000)
 * run one statement at a time beside the other tenants' screens, a single plan (1,000) runs 4.
 */
export function slotsForCost(cost: number, maxSlots: number, fullShareCost: number): number {
  if (!(cost > fullShareCost)) return maxSlots;
  return Math.max(1, Math.min(maxSlots, Math.floor((maxSlots * fullShareCost) / cost)));
}
