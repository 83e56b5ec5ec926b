import { slotsForCost, StatementSlots } from './statement-slots';

const tick = () => new Promise((done) => setImmediate(done));

describe('StatementSlots', () => {
  it('lets `limit` run at once and the rest in the order they asked', async () => {
    const slots = new StatementSlots(2);
    const order: number[] = [];
    const first = await slots.acquire();
    const second = await slots.acquire();
    const third = slots.acquire().then((release) => (order.push(3), release));
    const fourth = slots.acquire().then((release) => (order.push(4), release));
    await tick();
    expect(order).toEqual([]);
    expect(slots.queued).toBe(2);
    first();
    first(); // giving a slot back twice frees it once
    await tick();
    expect(order).toEqual([3]);
    second();
    await tick();
    expect(order).toEqual([3, 4]);
    (await third)();
    (await fourth)();
    // All free again: two at once without waiting.
    await slots.acquire();
    await slots.acquire();
    expect(slots.queued).toBe(0);
  });

  it('stops waiting when the request is stopped, and the slot is not lost', async () => {
    const slots = new StatementSlots(1);
    const held = await slots.acquire();
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    controller.abort(new Error('TIMEOUT'));
    await expect(waiting).rejects.toThrow('TIMEOUT');
    expect(slots.queued).toBe(0);
    held();
    const again = await slots.acquire();
    expect(typeof again).toBe('function');
  });
});

describe('slotsForCost', () => {
  it('gives cheap requests every slot and shrinks them in proportion above the full-share cost', () => {
    expect(slotsForCost(50, 4, 2_000)).toBe(4);
    expect(slotsForCost(2_000, 4, 2_000)).toBe(4);
    expect(slotsForCost(4_000, 4, 2_000)).toBe(2);
    expect(slotsForCost(9_000, 4, 2_000)).toBe(1);
    expect(slotsForCost(1_000_000, 4, 2_000)).toBe(1);
  });

  it('narrowing lowers the limit for statements still to come, never raises it', async () => {
    const slots = new StatementSlots(4);
    const held = [await slots.acquire(), await slots.acquire()];
    slots.narrow(1);
    slots.narrow(3);
    expect(slots.limit).toBe(1);
    let third = false;
    const waiting = slots.acquire().then((release) => ((third = true), release));
    await tick();
    held[0]?.();
    await tick();
    expect(third).toBe(false); // one still running: at the new limit already
    held[1]?.();
    await tick();
    expect(third).toBe(true);
    (await waiting)();
  });
});
