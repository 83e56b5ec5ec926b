import type { Caller } from '../../../domain/tenant';

/** Told which accounts a write changed, after it committed. */
export type AccountsChangedListener = (tenantId: string, accountIds: readonly string[]) => Promise<void>;

/**
 * The one place every map mutation reports the accounts it changed, once its transaction has
 * committed. Stored scores (re-scored in the background) subscribe here to mark those accounts
 * stale; scores computed on request need nothing. Listeners run in order; a failing listener
 * fails the request after the write, so the caller learns the scores may lag.
 */
export class AccountChanges {
  private readonly listeners: AccountsChangedListener[] = [];

  subscribe(listener: AccountsChangedListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  async changed(caller: Caller, accountIds: readonly (string | null)[]): Promise<void> {
    const ids = [...new Set(accountIds.filter((id): id is string => typeof id === 'string'))].sort();
    if (ids.length === 0) return;
    for (const listener of this.listeners) await listener(caller.tenantId, ids);
  }
}
