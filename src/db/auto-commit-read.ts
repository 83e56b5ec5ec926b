import { isRetryableError, type QueryResult, type Session } from 'neo4j-driver';

type TransactionConfig = NonNullable<Parameters<Session['run']>[2]>;

/** The driver's own retry schedule for managed transactions (transaction-executor.js). */
const FIRST_DELAY_MS = 1_000;
const DELAY_MULTIPLIER = 2;
const JITTER = 0.2;

export interface ReadRetry {
  /** Retries stop once this long has passed since the first attempt (the driver's maxTransactionRetryTime). */
  maxRetryMs: number;
  /** The request's: a retry is neither waited for nor started once it fires. */
  signal?: AbortSignal;
  /** The config of each attempt, asked again before it (the request's time left shrinks). */
  config: () => TransactionConfig;
}

/**
 * One read statement as an auto-commit transaction (`session.run`): RUN and PULL go out in one
 * write and the answer comes back in one, where `session.executeRead` writes BEGIN, then RUN and
 * PULL, then waits a round trip more for COMMIT (docs/performance.md, "Round 6: people page").
 * A read has nothing to commit. What `executeRead` adds besides the transaction is kept: a
 * transient failure (a leader switch, a deadlock, a dropped connection) is retried on the
 * driver's schedule (1 s, then ×2, ±20% jitter) for as long as `maxRetryMs` allows; anything
 * else fails at once. The timeout and metadata go with each attempt, and closing the session
 * mid-statement still sends RESET, so Neo4j stops it.
 */
export async function runRead(
  session: Session,
  text: string,
  params: Record<string, unknown>,
  retry: ReadRetry,
): Promise<QueryResult> {
  const started = Date.now();
  let delay = FIRST_DELAY_MS;
  for (;;) {
    try {
      return await runWithoutStack(session, text, params, retry.config());
    } catch (error) {
      if (!isRetryableError(error) || retry.signal?.aborted || Date.now() - started > retry.maxRetryMs)
        throw error;
    }
    await pause(delay * (1 - JITTER + Math.random() * 2 * JITTER), retry.signal);
    if (retry.signal?.aborted) throw new Error('Stopped while waiting to retry a read');
    delay *= DELAY_MULTIPLIER;
  }
}

/**
 * `session.run` builds its Result synchronously, and the Result captures a stack trace right
 * away (`new Error('').stack`, formatted at once) to put on a failure it may report later: ~3% of
 * a people-page request's CPU (V8's stack formatting), for a trace that would only ever point at
 * this executor. Stack capture is off for that synchronous call only; a failure keeps its message,
 * code and cause, and becomes the project's error (mapNeo4jError) as before.
 */
function runWithoutStack(
  session: Session,
  text: string,
  params: Record<string, unknown>,
  config: TransactionConfig,
): PromiseLike<QueryResult> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
