import { AsyncResource } from 'node:async_hooks';

/**
 * Expensive units of work (an account plan, a briefing, a portfolio view: the root fields the
 * cost model prices high) taken in turn across tenants, so that no tenant's expensive requests
 * can hold Node's single event loop while another tenant waits.
 *
 * - A request runs its units one after another, never side by side: nine aliased account plans
 *   are nine turns, not one long stretch of the loop (their reads, shared by the request memo,
 *   used to arrive together and their scoring then ran back to back, over a second at a time).
 * - A tenant has at most `perTenant` units running; the process at most `concurrency`.
 * - A free turn goes to the waiting tenant served least recently (round robin), so a
 *   tenant with one plan to compute waits behind at most one unit of each other tenant, however
 *   many that tenant has queued.
 * - Every unit starts on a fresh turn of the event loop (setImmediate): whatever I/O and cheap
 *   requests came in meanwhile run first.
 * - While another tenant has requests in flight, a tenant's heavy work may take at most
 *   `busyShare` of the time: after a unit that ran d ms, the tenant's next unit waits
 *   d × (1 / busyShare − 1) ms. Back to back, nine plans would keep the loop busy for seconds
 *   while the other tenant's screens got only the gaps between them; paced, the other tenant
 *   has the loop most of the time. A tenant alone is not held back (the queue stays
 *   work-conserving). A unit's time is its wall time, which counts its waits on the database
 *   as busy: an over-estimate, so the pacing errs towards the other tenants.
 *
 * Cheap fields never come here: they are not held back at all.
 */
export interface FairWorkOptions {
  /** Units running at once in the process. */
  concurrency: number;
  /** Units one tenant may have running at once. */
  perTenant: number;
  /** Told how long each unit waited for its turn, as it starts (metrics). */
  onStart?: (waitedMs: number) => void;
  /** Share of the time one tenant's heavy work may take while others are active (0–1; 1: no pacing). */
  busyShare?: number;
  /** Whether a tenant other than this one has requests in flight (default: always). */
  othersActive?: (tenant: string) => boolean;
}

/** Tenants whose last turn is remembered (well above the tenants active in any minute). */
const MAX_REMEMBERED = 10_000;

interface Waiting {
  tenant: string;
  request: object;
  queuedAt: number;
  start: () => void;
}

export class FairWorkQueue {
  private running = 0;
  private readonly runningByTenant = new Map<string, number>();
  private readonly runningRequests = new Set<object>();
  /** Waiting units by tenant, each tenant's in arrival order. */
  private readonly waiting = new Map<string, Waiting[]>();
  /** When each tenant last had a turn (a serial number): the least recently served goes next. */
  private readonly lastServed = new Map<string, number>();
  private turns = 0;
  private waitingCount = 0;
  /** Tenants resting after a unit (pacing), until when (performance.now()). */
  private readonly restUntil = new Map<string, number>();
  private wakeTimer: { at: number; timer: NodeJS.Timeout } | undefined;

  constructor(readonly options: FairWorkOptions) {
    if (!(options.concurrency >= 1) || !(options.perTenant >= 1))
      throw new RangeError('FairWorkQueue needs a concurrency and a per-tenant share of at least 1');
    const share = options.busyShare ?? 1;
    if (!(share > 0 && share <= 1)) throw new RangeError('FairWorkQueue busyShare must be in (0, 1]');
  }

  /** Units running now (metrics, tests). */
  get active(): number {
    return this.running;
  }

  /** Units waiting for their turn now (metrics, tests). */
  get queued(): number {
    return this.waitingCount;
  }

  /**
   * Runs `work` when its turn comes. `request` identifies the request it belongs to (its units
   * run one at a time); `signal` gives up the wait when the request is stopped, rejecting with
   * what `stopped` makes of it.
   */
  run<T>(
    tenant: string,
    request: object,
    work: () => Promise<T>,
    stop?: { signal: AbortSignal; error: () => Error },
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (stop?.signal.aborted) {
        reject(stop.error());
        return;
      }
      const gone = () => {
        const queue = this.waiting.get(tenant);
        const at = queue?.indexOf(entry) ?? -1;
        if (queue && at >= 0) {
          queue.splice(at, 1);
          this.waitingCount -= 1;
          if (queue.length === 0) this.forget(tenant);
        }
        reject(stop!.error());
      };
      // The unit runs in its own request's async context (request scope, memo), not in that of
      // whichever unit happened to finish and hand the turn on.
      const begin = AsyncResource.bind(async () => {
        const startedAt = performance.now();
        let outcome: { value: T } | { error: unknown };
        try {
          outcome = { value: await work() };
        } catch (error) {
          outcome = { error };
        }
        // The turn is handed on before the caller hears back.
        this.finish(entry, performance.now() - startedAt);
        if ('value' in outcome) resolve(outcome.value);
        else reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
      });
      const entry: Waiting = {
        tenant,
        request,
        queuedAt: performance.now(),
        start: () => {
          stop?.signal.removeEventListener('abort', gone);
          // A fresh turn of the loop: I/O and the cheap requests that arrived meanwhile go first.
          setImmediate(() => void begin());
        },
      };
      stop?.signal.addEventListener('abort', gone, { once: true });
      const queue = this.waiting.get(tenant);
      if (queue) queue.push(entry);
      else this.waiting.set(tenant, [entry]);
      this.waitingCount += 1;
      this.pump();
    });
  }

  private finish(entry: Waiting, busyMs: number): void {
    const share = this.options.busyShare ?? 1;
    if (share < 1) {
      const now = performance.now();
      const from = Math.max(now, this.restUntil.get(entry.tenant) ?? now);
      this.restUntil.set(entry.tenant, from + busyMs * (1 / share - 1));
    }
    this.running -= 1;
    const left = (this.runningByTenant.get(entry.tenant) ?? 1) - 1;
    if (left <= 0) this.runningByTenant.delete(entry.tenant);
    else this.runningByTenant.set(entry.tenant, left);
    this.runningRequests.delete(entry.request);
    this.pump();
  }

  /** Gives free turns to waiting units, the least recently served tenant first. */
  private pump(): void {
    while (this.running < this.options.concurrency) {
      const next = this.nextEligible();
      if (!next) return;
      const { entry, queue } = next;
      queue.splice(queue.indexOf(entry), 1);
      this.waitingCount -= 1;
      if (queue.length === 0) this.waiting.delete(entry.tenant);
      this.turns += 1;
      this.lastServed.delete(entry.tenant); // re-inserted: the map's order is the serving order
      this.lastServed.set(entry.tenant, this.turns);
      this.forgetIdleTenants();
      this.running += 1;
      this.options.onStart?.(performance.now() - entry.queuedAt);
      this.runningByTenant.set(entry.tenant, (this.runningByTenant.get(entry.tenant) ?? 0) + 1);
      this.runningRequests.add(entry.request);
      entry.start();
    }
  }

  private nextEligible(): { entry: Waiting; queue: Waiting[] } | undefined {
    let best: { entry: Waiting; queue: Waiting[]; served: number } | undefined;
    const now = performance.now();
    // Waiting tenants in arrival order; a tenant never served (or not lately) counts as 0.
    for (const [tenant, queue] of this.waiting) {
      if ((this.runningByTenant.get(tenant) ?? 0) >= this.options.perTenant) continue;
      if (this.resting(tenant, now)) continue;
      const served = this.lastServed.get(tenant) ?? 0;
      if (best && best.served <= served) continue;
      const entry = queue.find((w) => !this.runningRequests.has(w.request));
      if (entry) best = { entry, queue, served };
    }
    return best;
  }

  /** Whether the tenant's next unit must wait (pacing); if so, a pump is set for when it may go. */
  private resting(tenant: string, now: number): boolean {
    const until = this.restUntil.get(tenant);
    if (until === undefined) return false;
    if (until <= now) {
      this.restUntil.delete(tenant);
      return false;
    }
    if (!(this.options.othersActive?.(tenant) ?? true)) return false;
    this.wakeAt(until);
    return true;
  }

  private wakeAt(at: number): void {
    if (this.wakeTimer && this.wakeTimer.at <= at) return;
    if (this.wakeTimer) clearTimeout(this.wakeTimer.timer);
    const timer = setTimeout(
      () => {
        this.wakeTimer = undefined;
        this.pump();
      },
      Math.max(1, Math.ceil(at - performance.now())),
    );
    timer.unref();
    this.wakeTimer = { at, timer };
  }

  /**
   * Keeps the serving record to the tenants seen lately: beyond MAX_REMEMBERED, the oldest turns
   * of tenants with nothing running or waiting are forgotten (they rank as never served, which is
   * what they are for the queue now).
   */
  private forgetIdleTenants(): void {
    if (this.lastServed.size <= MAX_REMEMBERED) return;
    for (const tenant of this.lastServed.keys()) {
      if (this.lastServed.size <= MAX_REMEMBERED / 2) return;
      if (!this.waiting.has(tenant) && !this.runningByTenant.has(tenant)) {
        this.lastServed.delete(tenant);
        this.restUntil.delete(tenant);
      }
    }
  }

  private forget(tenant: string): void {
    this.waiting.delete(tenant);
  }
}
