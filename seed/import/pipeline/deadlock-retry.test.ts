import { DEADLOCK_ATTEMPTS, isDeadlock, retryOnDeadlock } from './deadlock-retry';

const deadlock = () =>
  new Error('The graph database is not reachable right now', {
    cause: Object.assign(new Error('deadlock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' }),
  });
const noPause = () => Promise.resolve();

describe('retryOnDeadlock', () => {
  it('finds a deadlock behind the error it was mapped to, and nothing else', () => {
    expect(isDeadlock(deadlock())).toBe(true);
    expect(
      isDeadlock(
        Object.assign(new Error('x'), { code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' }),
      ),
    ).toBe(false);
    expect(isDeadlock(new Error('plain'))).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  });

  it('runs a deadlocked write again until it succeeds', async () => {
    let calls = 0;
    const result = await retryOnDeadlock(() => {
      calls += 1;
      return calls < 3 ? Promise.reject(deadlock()) : Promise.resolve('written');
    }, noPause);
    expect({ result, calls }).toEqual({ result: 'written', calls: 3 });
  });

  it('gives up after its attempts, and never retries other errors', async () => {
    let calls = 0;
    await expect(
      retryOnDeadlock(() => {
        calls += 1;
        return Promise.reject(deadlock());
      }, noPause),
    ).rejects.toThrow('not reachable');
    expect(calls).toBe(DEADLOCK_ATTEMPTS);

    calls = 0;
    await expect(
      retryOnDeadlock(() => {
        calls += 1;
        return Promise.reject(new Error('constraint'));
      }, noPause),
    ).rejects.toThrow('constraint');
    expect(calls).toBe(1);
  });
});
