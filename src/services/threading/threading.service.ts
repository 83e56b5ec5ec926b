import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import { NotFoundError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { ThreadingRiskLevel } from '../../domain/vocabulary';
import type { ThreadingRepository } from '../../repositories/threading.repository';
import { round } from '../../scoring/score-parts';
import { threadingRisk, type ThreadingRisk } from '../../scoring/threading-risk';
import type { AccountService } from '../accounts/account.service';
import { pageInMemory } from '../pagination/in-memory-page';
import type { AsOf } from '../relationships/as-of';
import type { RelationshipService } from '../relationships/relationship.service';
import { threadingReading, type AccountSnapshot } from './threading-input';

export type { ThreadingRisk } from '../../scoring/threading-risk';

/** An account's threading risk with the money it puts at stake. */
export interface AccountThreadingRisk extends ThreadingRisk {
  arr: number;
  /** arr × score / 100: the ARR weighted by how exposed it is. */
  riskWeightedArr: number;
}

export interface PortfolioThreadingRisk {
  asOf: string;
  page: Page<AccountThreadingRisk>;
  totalArr: number;
  /** ARR of the accounts whose risk is HIGH. */
  arrAtHighRisk: number;
  riskWeightedArr: number;
  byLevel: { level: ThreadingRiskLevel; accounts: number; arr: number }[];
}

export class ThreadingService {
  constructor(
    private readonly threading: ThreadingRepository,
    private readonly relationships: RelationshipService,
    private readonly accounts: AccountService,
    private readonly relationshipsConfig: RelationshipsConfig,
    private readonly config: ThreadingConfig,
  ) {}

  /**
   * What a reading of these accounts needs, in three queries whatever their number; two when
   * `merged` (one account's reads: people and influence in one statement).
   */
  async snapshots(
    caller: Caller,
    accountIds: readonly string[],
    asOf: AsOf,
    merged = false,
  ): Promise<Map<string, AccountSnapshot>> {
    const [{ people, influence }, pairs] = await Promise.all([
      merged
        ? this.threading.peopleAndInfluence(caller.tenantId, accountIds)
        : Promise.all([
            this.threading.peopleByAccountIds(caller.tenantId, accountIds),
            this.threading.influenceByAccountIds(caller.tenantId, accountIds),
          ]).then(([people, influence]) => ({ people, influence })),
      this.relationships.pairInteractions(caller, accountIds, asOf),
    ]);
    return new Map(
      accountIds.map((accountId) => [
        accountId,
        {
          accountId,
          people: people.get(accountId) ?? [],
          influence: influence.get(accountId) ?? [],
          pairs: pairs.get(accountId) ?? [],
        },
      ]),
    );
  }

  /** Risk from a snapshot on a day, optionally as if one person had gone. */
  assessSnapshot(snapshot: AccountSnapshot, asOf: AsOf, without: string | null = null): ThreadingRisk {
    const reading = threadingReading(snapshot, asOf, this.relationshipsConfig, without);
    return threadingRisk(reading.input, asOf.now, this.config);
  }

  async assess(
    caller: Caller,
    accountIds: readonly string[],
    asOfArg?: string | null,
    merged = false,
  ): Promise<Map<string, AccountThreadingRisk>> {
    const asOf = this.relationships.asOf(asOfArg);
    const [accounts, snapshots] = await Promise.all([
      this.accounts.byIds(caller, accountIds),
      this.snapshots(caller, accountIds, asOf, merged),
    ]);
    const result = new Map<string, AccountThreadingRisk>();
    for (const accountId of accountIds) {
      const account = accounts.get(accountId);
      const snapshot = snapshots.get(accountId);
      if (!account || !snapshot) continue;
      result.set(accountId, withArr(this.assessSnapshot(snapshot, asOf), account.arr));
    }
    return result;
  }

  async forAccount(caller: Caller, accountId: string, asOf?: string | null): Promise<AccountThreadingRisk> {
    const risk = (await this.assess(caller, [accountId], asOf, true)).get(accountId);
    if (!risk) throw new NotFoundError('Account', accountId);
    return risk;
  }

  /** Every account ranked by risk (ties: larger ARR first), with the ARR at stake. */
  async portfolio(
    caller: Caller,
    input: { first: number; after?: string | null; asOf?: string | null; includeArchived?: boolean },
  ): Promise<PortfolioThreadingRisk> {
    const asOf = this.relationships.asOf(input.asOf);
    const accounts = await this.threading.portfolioAccounts(caller.tenantId, input.includeArchived ?? false);
    const risks: AccountThreadingRisk[] = [];
    // Batch by batch, keeping only the scores: memory and transaction size stay bounded.
    for (let start = 0; start < accounts.length; start += this.config.portfolioBatchSize) {
      const batch = accounts.slice(start, start + this.config.portfolioBatchSize);
      const snapshots = await this.snapshots(
        caller,
        batch.map((a) => a.id),
        asOf,
      );
      for (const account of batch) {
        risks.push(withArr(this.assessSnapshot(snapshots.get(account.id)!, asOf), account.arr));
      }
    }
    const ranked = risks.sort(
      (a, b) => b.score - a.score || b.arr - a.arr || a.accountId.localeCompare(b.accountId),
    );
    const sum = (items: readonly AccountThreadingRisk[], value: (r: AccountThreadingRisk) => number) =>
      round(
        items.reduce((total, r) => total + value(r), 0),
        2,
      );
    return {
      asOf: asOf.now.toISOString(),
      page: pageInMemory(
        ranked,
        input.first,
        input.after,
        (r) => r.accountId,
        (r) => r.score,
      ),
      totalArr: sum(ranked, (r) => r.arr),
      arrAtHighRisk: sum(
        ranked.filter((r) => r.level === 'HIGH'),
        (r) => r.arr,
      ),
      riskWeightedArr: sum(ranked, (r) => r.riskWeightedArr),
      byLevel: (['HIGH', 'MEDIUM', 'LOW'] as const).map((level) => {
        const inLevel = ranked.filter((r) => r.level === level);
        return { level, accounts: inLevel.length, arr: sum(inLevel, (r) => r.arr) };
      }),
    };
  }
}

export function withArr(risk: ThreadingRisk, arr: number): AccountThreadingRisk {
  return { ...risk, arr, riskWeightedArr: round((arr * risk.score) / 100, 2) };
}
