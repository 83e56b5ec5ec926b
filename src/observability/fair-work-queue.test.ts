import { FairWorkQueue } from './fair-work-queue';

/** A unit of work the test finishes by hand, recording when it started. */
function unit(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return {
    work: () => {
      log.push(name);
      return done;
    },
    finish,
  };
}

/**
 * Lets the queue's setImmediate turns and the promise chains behind them run: immediates run in
 * the order they were set, so a few turns of our own come after the queue's (a timer would not
 * be ordered against them).
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('FairWorkQueue', () => {
  it("runs one request's units one after another, never side by side", async () => {
    const queue = new FairWorkQueue({ concurrency: 4, perTenant: 4 });
    const log: string[] = [];
    const request = {};
    const [a, b, c] = [unit(log, 'a'), unit(log, 'b'), unit(log, 'c')];
    const results = [a, b, c].map((u) => queue.run('t1', request, u.work));
    await settle();
    expect(log).toEqual(['a']);
    expect(queue.queued).toBe(2);
    a.finish();
    await settle();
    expect(log).toEqual(['a', 'b']);
    b.finish();
    await settle();
    c.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(queue.active).toBe(0);
  });

  it("gives a tenant's second expensive request a turn only after another tenant's waiting one", async () => {
    const queue = new FairWorkQueue({ concurrency: 1, perTenant: 1 });
    const log: string[] = [];
    const b1 = unit(log, 'b1');
    const b2 = unit(log, 'b2');
    const b3 = unit(log, 'b3');
    const a1 = unit(log, 'a1');
    void queue.run('tenant-b', {}, b1.work);
    void queue.run('tenant-b', {}, b2.work);
    void queue.run('tenant-b', {}, b3.work);
    void queue.run('tenant-a', {}, a1.work); // arrives last, yet goes before b2 and b3
    await settle();
    expect(log).toEqual(['b1']);
    b1.finish();
    await settle();
    expect(log).toEqual(['b1', 'a1']);
    a1.finish();
    await settle();
    expect(log).toEqual(['b1', 'a1', 'b2']);
    b2.finish();
    await settle();
    b3.finish();
    await settle();
    expect(log).toEqual(['b1', 'a1', 'b2', 'b3']);
  });

  it('holds a tenant to its share while another tenant runs beside it', async () => {
    const queue = new FairWorkQueue({ concurrency: 3, perTenant: 1 });
    const log: string[] = [];
    const b1 = unit(log, 'b1');
    const b2 = unit(log, 'b2');
    const a1 = unit(log, 'a1');
    void queue.run('tenant-b', {}, b1.work);
    void queue.run('tenant-b', {}, b2.work);
    void queue.run('tenant-a', {}, a1.work);
    await settle();
    // A free slot stays free rather than go to the tenant already using its share.
    expect(log).toEqual(['b1', 'a1']);
    expect([queue.active, queue.queued]).toEqual([2, 1]);
    b1.finish();
    await settle();
    expect(log).toEqual(['b1', 'a1', 'b2']);
    a1.finish();
    b2.finish();
    await settle();
    expect(queue.active).toBe(0);
  });

  it('gives up a wait when the request is stopped, and the turn passes on', async () => {
    const queue = new FairWorkQueue({ concurrency: 1, perTenant: 1 });
    const log: string[] = [];
    const first = unit(log, 'first');
    const stopped = unit(log, 'stopped');
    const next = unit(log, 'next');
    const controller = new AbortController();
    void queue.run('t1', {}, first.work);
    const gaveUp = queue.run('t2', {}, stopped.work, {
      signal: controller.signal,
      error: () => new Error('stopped while waiting'),
    });
    const after = queue.run('t3', {}, next.work);
    await settle();
    controller.abort();
    await expect(gaveUp).rejects.toThrow('stopped while waiting');
    expect(queue.queued).toBe(1);
    first.finish();
    await settle();
    next.finish();
    expect(await after).toBe('next');
    expect(log).toEqual(['first', 'next']);
  });

  it('passes a failure to its caller and frees the turn', async () => {
    const queue = new FairWorkQueue({ concurrency: 1, perTenant: 1 });
    await expect(queue.run('t1', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      queue.run('t1', {}, () => {
        throw new Error('thrown at once');
      }),
    ).rejects.toThrow('thrown at once');
    expect(await queue.run('t1', {}, () => Promise.resolve(7))).toBe(7);
    expect([queue.active, queue.queued]).toEqual([0, 0]);
  });

  it('runs each unit in the async context of the request that queued it', async () => {
    const { AsyncLocalStorage } = await import('node:async_hooks');
    const storage = new AsyncLocalStorage<string>();
    const queue = new FairWorkQueue({ concurrency: 1, perTenant: 1 });
    const log: string[] = [];
    const held = unit(log, 'held');
    const seen: (string | undefined)[] = [];
    storage.run('request-1', () => void queue.run('t1', {}, held.work));
    const second = storage.run('request-2', () =>
      queue.run('t2', {}, () => Promise.resolve(seen.push(storage.getStore()))),
    );
    await settle();
    // request-2's unit is started by request-1's finishing, yet runs as request-2.
    storage.run('request-1', () => held.finish());
    await second;
    expect(seen).toEqual(['request-2']);
  });
});

describe('FairWorkQueue pacing (busyShare)', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('rests a tenant after its unit while another tenant is active, and not when it is alone', async () => {
    let othersActive = true;
    // A tenant may be busy 1% of the time: a unit of ≥ 20 ms is followed by ≥ 2 s of rest.
    const queue = new FairWorkQueue({
      concurrency: 1,
      perTenant: 1,
      busyShare: 0.01,
      othersActive: () => othersActive,
    });
    const log: string[] = [];
    const first = unit(log, 'b1');
    const second = unit(log, 'b2');
    void queue.run('tenant-b', {}, first.work);
    const next = queue.run('tenant-b', {}, second.work);
    await settle();
    await sleep(20);
    first.finish();
    await settle();
    // Another tenant is active: the second unit rests although the queue is free…
    expect(log).toEqual(['b1']);
    expect([queue.active, queue.queued]).toEqual([0, 1]);
    // …and another tenant's unit is not held back by that rest.
    const other = unit(log, 'a1');
    void queue.run('tenant-a', {}, other.work);
    await settle();
    expect(log).toEqual(['b1', 'a1']);
    other.finish();
    await settle();
    expect(log).toEqual(['b1', 'a1']);
    // The other tenant leaves: nothing to yield to, the rest ends at the next turn.
    othersActive = false;
    void queue.run('tenant-c', {}, () => Promise.resolve());
    await settle();
    expect(log).toEqual(['b1', 'a1', 'b2']);
    second.finish();
    expect(await next).toBe('b2');
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => new FairWorkQueue({ concurrency: 1, perTenant: 1, busyShare: 0 })).toThrow(RangeError);
    expect(() => new FairWorkQueue({ concurrency: 1, perTenant: 1, busyShare: 1.5 })).toThrow(RangeError);
  });
});
