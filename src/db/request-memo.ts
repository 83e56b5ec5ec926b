import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request has already read: identical reads (same Cypher file, tenant and parameters)
 * within a request run once, so services that each need an account's health, threading or
 * strength inputs can ask for them independently without the request paying again. Any write in
 * the request empties it, so a read after a write sees the write. Nothing outlives the request.
 */
export class RequestMemo {
  private readonly reads = new Map<string, Promise<unknown>>();
  private readonly entities = new Map<string, Promise<unknown>>();
  private instant: number | undefined;

  /**
   * The request's one "now": the first reading of `clock` in the request, kept for the rest of
   * it (writes do not change it). Services that each ask the time would otherwise read the same
   * facts for windows a few milliseconds apart: different parameters, so the memo could not
   * share them (the account plan read health's facts three times and interactions four).
   */
  now(clock: () => Date): Date {
    this.instant ??= clock().getTime();
    return new Date(this.instant);
  }

  /**
   * `run`'s result, run once per key. The executor keeps the driver's own records here and
   * converts them for each caller, so no caller can change what another one is given.
   */
  read<R>(key: string, run: () => Promise<R>): { result: Promise<R>; hit: boolean } {
    const known = this.reads.get(key) as Promise<R> | undefined;
    if (known !== undefined) return { result: known, hit: true };
    const result = run();
    this.reads.set(key, result);
    // A failed read is not remembered: the next caller tries again.
    result.catch(() => {
      if (this.reads.get(key) === result) this.reads.delete(key);
    });
    return { result, hit: false };
  }

  /**
   * Entities of one kind by id: ids this request has already read (or is reading) come from the
   * memo, the others in one read of just those. Two services asking for overlapping sets of
   * people (the calendar: everyone at the account; the plan: its key people) cost one statement,
   * not two. Each caller gets its own copies, as with `read`.
   */
  async byIds<V>(
    kind: string,
    tenantId: string,
    ids: readonly string[],
    read: (missing: string[]) => Promise<Map<string, V>>,
  ): Promise<Map<string, V>> {
    const key = (id: string) => `${kind}\u0000${tenantId}\u0000${id}`;
    const missing = [...new Set(ids)].filter((id) => !this.entities.has(key(id)));
    if (missing.length > 0) {
      const batch = read(missing);
      for (const id of missing) {
        const one = batch.then((found) => found.get(id));
        this.entities.set(key(id), one);
        // A failed read is not remembered: the next caller tries again.
        one.catch(() => {
          if (this.entities.get(key(id)) === one) this.entities.delete(key(id));
        });
      }
    }
    const found = new Map<string, V>();
    for (const id of ids) {
      const value = (await this.entities.get(key(id))) as V | undefined;
      if (value !== undefined) found.set(id, structuredClone(value));
    }
    return found;
  }

  /**
   * Tells the memo an entity another statement has already read (in the projection `byIds`
   * reads for `kind`), so a later `byIds` in this request does not read it again.
   */
  prime<V>(kind: string, tenantId: string, id: string, value: V): void {
    const key = `${kind}\u0000${tenantId}\u0000${id}`;
    if (!this.entities.has(key)) this.entities.set(key, Promise.resolve(value));
  }

  /** Called before and after every write: nothing read before it may answer after it. */
  invalidate(): void {
    this.reads.clear();
    this.entities.clear();
  }

  get size(): number {
    return this.reads.size;
  }
}

const scope = new AsyncLocalStorage<RequestMemo>();

/** Runs `work` (and everything it starts) with a fresh memo of its own. */
export function withRequestMemo<T>(work: () => T): T {
  return scope.run(new RequestMemo(), work);
}

/**
 * A clock that stands still within a request (RequestMemo.now) and is `clock` itself outside
 * one (start-up, jobs, scripts).
 */
export function requestClock(clock: () => Date): () => Date {
  return () => {
    const memo = scope.getStore();
    return memo ? memo.now(clock) : clock();
  };
}

/** The memo of the request being served, if any (none for start-up, jobs and scripts). */
export function currentRequestMemo(): RequestMemo | undefined {
  return scope.getStore();
}
