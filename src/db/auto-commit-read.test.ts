import { Neo4jError, type QueryResult, type Session } from 'neo4j-driver';
import { runRead } from './auto-commit-read';

/** A session whose `run` answers from a script: an error to throw or a result to give, per attempt. */
function scriptedSession(script: (Error | 'ok')[]) {
  const configs: unknown[] = [];
  const session = {
    run: (_text: string, _params: unknown, config: unknown) => {
      configs.push(config);
      const next = script.shift();
      if (next === undefined) throw new Error('no more attempts scripted');
      return next === 'ok'
        ? Promise.resolve({ records: [] } as unknown as QueryResult)
        : Promise.reject(next);
    },
  } as unknown as Session;
  return { session, configs };
}

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '');
const syntax = () => new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');

describe('runRead', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('retries a transient failure after the driver delay, asking for a fresh config each attempt', async () => {
    const { session, configs } = scriptedSession([transient(), 'ok']);
    let attempt = 0;
    const result = runRead(
      session,
      'RETURN 1',
      {},
      { maxRetryMs: 2_000, config: () => ({ timeout: ++attempt }) },
    );
    await jest.advanceTimersByTimeAsync(1_300);
    await expect(result).resolves.toEqual({ records: [] });
    expect(configs).toEqual([{ timeout: 1 }, { timeout: 2 }]);
  });

  it('fails at once on an error that is not transient', async () => {
    const { session, configs } = scriptedSession([syntax(), 'ok']);
    await expect(runRead(session, 'RETURN', {}, { maxRetryMs: 2_000, config: () => ({}) })).rejects.toThrow(
      'bad',
    );
    expect(configs).toHaveLength(1);
  });

  it('gives up once the retry time has passed: the last error is the answer', async () => {
    const { session, configs } = scriptedSession([transient(), transient(), transient(), 'ok']);
    const result = runRead(session, 'RETURN 1', {}, { maxRetryMs: 2_000, config: () => ({}) });
    const settled = result.catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(await settled).toBeInstanceOf(Neo4jError);
    // 1 s (±20%) then 2 s (±20%): the third attempt starts past the 2 s budget and is the last.
    expect(configs).toHaveLength(3);
  });

  it('does not retry once the request is stopped, nor wait out a delay it was stopped in', async () => {
    const stop = new AbortController();
    const { session, configs } = scriptedSession([transient(), 'ok']);
    const result = runRead(
      session,
      'RETURN 1',
      {},
      { maxRetryMs: 2_000, signal: stop.signal, config: () => ({}) },
    );
    const settled = result.catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(100);
    stop.abort();
    await jest.advanceTimersByTimeAsync(0);
    expect(await settled).toBeInstanceOf(Error);
    expect(configs).toHaveLength(1);
  });
});
