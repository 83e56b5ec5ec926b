import type { Clock } from '../../domain/clock';
import type { AccountScoreRepository } from '../../repositories/account-score.repository';

/** Why an account's stored scores went stale; kept on the score node for the operator. */
export type StaleCause =
  | 'IMPORT'
  | 'INTERACTION'
  | 'ROLE'
  | 'INFLUENCE'
  | 'OBJECTIVE'
  | 'USAGE'
  | 'DEPARTURE'
  | 'PLAY'
  | 'SEED'
  | (string & {});

/** Accounts marked per statement when a whole tenant is marked, so no transaction grows unbounded. */
const TENANT_ROUND = 5_000;

/**
 * The one entry point for "an account's inputs changed": every write that can move a health,
 * threading or signal score calls it after it committed, and the background worker (or the next
 * portfolio read, when the backlog is small) re-scores the account. Marking is idempotent and
 * cheap (a unique-index seek per account); marking an account that does not exist does nothing.
 *
 *   await staleness.markAccountsStale(caller.tenantId, [accountId], 'INTERACTION');
 *   await staleness.markPeopleStale(caller.tenantId, [personId], 'ROLE');   // their employer
 *   await staleness.markTenantStale(tenantId, 'IMPORT');                    // every account
 */
export class ScoreStaleness {
  constructor(
    private readonly repository: AccountScoreRepository,
    private readonly clock: Clock,
  ) {}

  /** Marks these accounts stale; returns how many score nodes were marked. */
  markAccountsStale(tenantId: string, accountIds: readonly string[], cause: StaleCause): Promise<number> {
    if (accountIds.length === 0) return Promise.resolve(0);
    return this.repository.markAccounts(tenantId, accountIds, cause, this.now());
  }

  /** Marks stale the accounts these people work at (for writes that name people, not accounts). */
  markPeopleStale(tenantId: string, personIds: readonly string[], cause: StaleCause): Promise<number> {
    if (personIds.length === 0) return Promise.resolve(0);
    return this.repository.markPeople(tenantId, personIds, cause, this.now());
  }

  /** Marks every account of a tenant stale, in rounds (an import may have changed any of them). */
  async markTenantStale(tenantId: string, cause: StaleCause): Promise<number> {
    const now = this.now();
    let total = 0;
    for (;;) {
      const marked = await this.repository.markTenantRound(tenantId, cause, now, TENANT_ROUND);
      total += marked;
      if (marked < TENANT_ROUND) return total;
    }
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

/** What a write needs of ScoreStaleness: mutations depend on this, not on the whole class. */
export type StaleMarker = Pick<ScoreStaleness, 'markAccountsStale' | 'markPeopleStale'>;
