/** Neo4j's code for a transaction it ended to break a lock cycle: nothing of it was written. */
const DEADLOCK_CODE = 'Neo.TransientError.Transaction.DeadlockDetected';

/** Attempts of a batch that keeps deadlocking, the first included (each after the driver's own retries). */
export const DEADLOCK_ATTEMPTS = 5;

/** Whether the error, or one it was mapped from (`cause`), is a Neo4j deadlock. */
export function isDeadlock(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth += 1) {
    if ((e as { code?: unknown }).code === DEADLOCK_CODE) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs a batch's write again when Neo4j ended it as a deadlock. Two batches in flight can lock
 * the same team members or accounts in different orders; the loser was rolled back whole, and
 * every upsert is idempotent, so running it again is safe. The driver retries too, but only for
 * its short retry time (2 s, see src/db/driver.ts), which a busy machine can outlast. The pause
 * grows and is jittered so the two batches do not collide again in step.
 */
export async function retryOnDeadlock<T>(
  write: () => Promise<T>,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      await pause(Math.round(100 * 2 ** attempt * (0.5 + random())));
    }
  }
}
