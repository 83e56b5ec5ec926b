import { RequestScope } from './request-scope';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The scope makes its AbortController and deadline timer only when something listens; what a
 * listener sees must not depend on when it started listening.
 */
describe('RequestScope', () => {
  it('fires its signal when the time is up, for a listener that came early', async () => {
    const scope = new RequestScope('req-early', 20);
    const signal = scope.signal;
    expect(signal.aborted).toBe(false);
    const fired = new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    await fired;
    expect(signal.reason).toBe('TIMEOUT');
    expect(scope.stopReason).toBe('TIMEOUT');
  });

  it('hands a late listener a signal already aborted: by the deadline, or by the client leaving', async () => {
    const late = new RequestScope('req-late', 5);
    await wait(20);
    expect(late.stopReason).toBe('TIMEOUT');
    expect(late.signal.aborted).toBe(true);
    expect(late.signal.reason).toBe('TIMEOUT');

    const gone = new RequestScope('req-gone', 60_000);
    gone.abort('CLIENT_GONE');
    expect(gone.stopReason).toBe('CLIENT_GONE');
    expect(gone.signal.aborted).toBe(true);
    expect(gone.signal.reason).toBe('CLIENT_GONE');
  });

  it('keeps the first reason, and stops nothing once the request has finished', async () => {
    const scope = new RequestScope('req-first', 60_000);
    const signal = scope.signal;
    scope.abort('CLIENT_GONE');
    scope.abort('TIMEOUT');
    expect(signal.reason).toBe('CLIENT_GONE');

    const finished = new RequestScope('req-finished', 5);
    finished.finish();
    await wait(20);
    expect(finished.stopReason).toBeNull();
    expect(finished.signal.aborted).toBe(false);
  });

  it('runs while the time lasts', () => {
    const scope = new RequestScope('req-running', 60_000);
    expect(scope.stopReason).toBeNull();
    expect(scope.signal.aborted).toBe(false);
    expect(scope.remainingMs()).toBeGreaterThan(59_000);
    scope.finish();
  });
});
