import type { HealthConfig } from '../../config/analytics/health';
import { checkHealthConfig } from '../../config/analytics/health';
import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import { isoDate, type Clock } from '../../domain/clock';
import { BadInputError, NotFoundError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { HealthBand } from '../../domain/vocabulary';
import type {
  HealthInputs,
  HealthInputsWindow,
  HealthRepository,
} from '../../repositories/health.repository';
import { contractHealth } from '../../scoring/health-contract';
import { engagementHealth } from '../../scoring/health-engagement';
import { shiftDay, type HealthAsOf } from '../../scoring/health-parts';
import type { KeyPerson } from '../../scoring/health-people';
import { departureCaps, sentimentCaps } from '../../scoring/health-caps';
import { accountHealth, type AccountHealth } from '../../scoring/health-score';
import { alternativesKeywords } from '../../scoring/health-sentiment';
import { sponsorHealth } from '../../scoring/health-sponsor';
import { supportHealth, type SupportFacts } from '../../scoring/health-support';
import { healthTrend, type HealthTrendPoint } from '../../scoring/health-trend';
import { usageHealth, type HealthSubscription } from '../../scoring/health-usage';
import { DAY_MS } from '../../scoring/score-parts';
import type { AccountService } from '../accounts/account.service';
import { pageInMemory } from '../pagination/in-memory-page';
import { resolveAsOf, type AsOf } from '../relationships/as-of';
import type { AccountSnapshot } from '../threading/threading-input';
import type { ThreadingService } from '../threading/threading.service';
import { effectiveHealthConfig } from './config-version';
import { engagementFacts } from './engagement-facts';
import { toStoredSnapshot } from './snapshot-record';

export type { AccountHealth, HealthComponent } from '../../scoring/health-score';
export type { HealthEvidence, HealthInput, HealthRedFlag } from '../../scoring/health-parts';
export type { HealthTrendPoint } from '../../scoring/health-trend';

/** A health score with the facts it was computed from, for the plays that gate on it. */
export interface HealthAssessment {
  health: AccountHealth;
  asOf: HealthAsOf;
  subscriptions: HealthSubscription[];
  support: SupportFacts;
  keyPeople: KeyPerson[];
  threading: AccountSnapshot;
  /** The account's region (where its business days come from). */
  region: string | null;
}

export interface PortfolioHealthInput {
  first: number;
  after?: string | null;
  band?: HealthBand | null;
  asOf?: string | null;
  /** Also archived accounts (archiveAccount); left out by default. */
  includeArchived?: boolean;
}

export interface HealthSnapshotReport {
  asOf: string;
  recorded: number;
  byBand: { band: HealthBand | null; accounts: number }[];
  /** Accounts whose previous snapshot was taken under another configuration. */
  configChanged: string[];
}

/** Accounts are read this many at a time, so a large portfolio never becomes one huge query. */
const BATCH = 200;

/** Account health now or as of a day, per account or for the portfolio, and its recorded trend. */
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    private readonly accounts: AccountService,
    private readonly threading: ThreadingService,
    private readonly clock: Clock,
    private readonly config: HealthConfig,
    private readonly relationshipsConfig: RelationshipsConfig,
    private readonly threadingConfig: ThreadingConfig,
  ) {
    checkHealthConfig(config);
  }

  asOf(asOf?: string | null): HealthAsOf {
    const resolved = resolveAsOf(asOf, this.clock);
    return { ...resolved, current: resolved.day === isoDate(this.clock()) };
  }

  async health(caller: Caller, accountId: string, asOf?: string | null): Promise<AccountHealth> {
    const found = await this.assessAccount(caller, accountId, this.asOf(asOf));
    if (!found) throw new NotFoundError('Account', accountId);
    return found.health;
  }

  async healthByAccountIds(
    caller: Caller,
    accountIds: readonly string[],
    asOf?: string | null,
  ): Promise<Map<string, AccountHealth>> {
    const assessed = await this.assess(caller, accountIds, this.asOf(asOf));
    return new Map([...assessed].map(([id, a]) => [id, a.health]));
  }

  /** Health with its facts; accounts the caller cannot see are left out. */
  async assess(
    caller: Caller,
    accountIds: readonly string[],
    asOf: HealthAsOf,
  ): Promise<Map<string, HealthAssessment>> {
    const result = new Map<string, HealthAssessment>();
    for (let i = 0; i < accountIds.length; i += BATCH) {
      for (const [id, a] of await this.assessBatch(caller, accountIds.slice(i, i + BATCH), asOf))
        result.set(id, a);
    }
    return result;
  }

  /** Every account, worst score first (unscored ones last), optionally of one band. */
  async portfolio(caller: Caller, input: PortfolioHealthInput): Promise<Page<AccountHealth>> {
    const ids = await this.repository.portfolioAccountIds(caller.tenantId, input.includeArchived ?? false);
    const assessed = await this.assess(caller, ids, this.asOf(input.asOf));
    const ranked = [...assessed.values()]
      .map((a) => a.health)
      .filter((h) => input.band == null || h.band === input.band)
      .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.accountId.localeCompare(b.accountId));
    return pageInMemory(
      ranked,
      input.first,
      input.after,
      (h) => h.accountId,
      (h) => h.score ?? 101,
    );
  }

  /** Scores every account as of a day and keeps each as that day's HealthSnapshot. */
  async recordSnapshots(caller: Caller, asOfArg?: string | null): Promise<HealthSnapshotReport> {
    const asOf = this.asOf(asOfArg);
    const ids = await this.repository.portfolioAccountIds(caller.tenantId, true);
    const [assessed, previous] = await Promise.all([
      this.assess(caller, ids, asOf),
      this.repository.snapshots(caller.tenantId, ids, { from: asOf.day, to: asOf.day }),
    ]);
    const stored = [...assessed.values()].map((a) => toStoredSnapshot(a.health, this.effective(a.health)));
    let recorded = 0;
    for (let i = 0; i < stored.length; i += BATCH) {
      recorded += await this.repository.recordSnapshots(
        caller.tenantId,
        stored.slice(i, i + BATCH),
        this.clock().toISOString(),
      );
    }
    const bands: (HealthBand | null)[] = ['RED', 'YELLOW', 'GREEN', null];
    return {
      asOf: asOf.day,
      recorded,
      byBand: bands.map((band) => ({ band, accounts: stored.filter((s) => s.band === band).length })),
      configChanged: stored
        .filter((s) => {
          const before = previous.get(s.accountId)?.before;
          return before != null && before.configVersion !== s.configVersion;
        })
        .map((s) => s.accountId),
    };
  }

  /** Recorded snapshots in [from, to] (default: the year to today), each marked when the configuration moved it. */
  async trendByAccountIds(
    caller: Caller,
    accountIds: readonly string[],
    range: { from?: string | null; to?: string | null },
  ): Promise<Map<string, HealthTrendPoint[]>> {
    const to = range.to ?? isoDate(this.clock());
    const from = range.from ?? shiftDay(to, -365);
    if (from > to)
      throw new BadInputError(`'from' (${from}) must not be after 'to' (${to})`, { field: 'from' });
    const rows = await this.repository.snapshots(caller.tenantId, accountIds, { from, to });
    return new Map(
      accountIds.map((id) => {
        const row = rows.get(id);
        return [id, row ? healthTrend(row.before, row.snapshots) : []];
      }),
    );
  }

  private effective(health: Pick<AccountHealth, 'segment'>) {
    return effectiveHealthConfig(this.config, health.segment, this.relationshipsConfig, this.threadingConfig);
  }

  /**
   * One account's health with its facts (its plan, plays, calendar, opportunities): the same as
   * `assess` for that account, with health's five reads in one statement.
   */
  async assessAccount(
    caller: Caller,
    accountId: string,
    asOf: HealthAsOf,
  ): Promise<HealthAssessment | undefined> {
    return (await this.assessBatch(caller, [accountId], asOf, true)).get(accountId);
  }

  /**
   * Health's inputs of these accounts: in one statement (`merged`, for one account's reads) or
   * five batched ones (pages of accounts and the portfolio, each profiled on its own).
   */
  private async inputs(
    tenantId: string,
    accountIds: readonly string[],
    asOf: HealthAsOf,
    merged: boolean,
  ): Promise<Map<string, HealthInputs>> {
    const until = new Date(asOf.now.getTime() + 1).toISOString();
    const since = (days: number) => new Date(asOf.now.getTime() - days * DAY_MS).toISOString();
    const window: HealthInputsWindow = {
      usageSince: shiftDay(asOf.day, -this.config.usage.lookbackDays),
      asOf: asOf.day,
      until,
      ticketsSince: since(this.config.support.windowDays),
      npsSince: since(this.config.support.npsWindowDays),
      alternativesSince: since(this.config.support.alternatives.windowDays),
      roles: [...new Set(['CHAMPION', 'EXECUTIVE_SPONSOR', ...this.config.caps.departure.roles] as const)],
      keywords: alternativesKeywords(this.config.support.alternatives),
    };
    if (merged) return this.repository.inputs(tenantId, accountIds, window);
    const [subscriptions, tickets, nps, keyPeople, mentions] = await Promise.all([
      this.repository.subscriptions(tenantId, accountIds, { since: window.usageSince, asOf: window.asOf }),
      this.repository.tickets(tenantId, accountIds, { since: window.ticketsSince, until }),
      this.repository.nps(tenantId, accountIds, { since: window.npsSince, until }),
      this.repository.keyPeople(tenantId, accountIds, window.roles, until),
      this.repository.alternativesMentions(tenantId, accountIds, {
        since: window.alternativesSince,
        until,
        keywords: window.keywords,
      }),
    ]);
    return new Map(
      accountIds.map((id) => [
        id,
        {
          subscriptions: subscriptions.get(id) ?? [],
          ...(tickets.get(id) ?? { ticketsEver: 0, tickets: [] }),
          ...(nps.get(id) ?? { npsEver: 0, nps: [] }),
          keyPeople: keyPeople.get(id) ?? [],
          mentions: mentions.get(id) ?? [],
        },
      ]),
    );
  }

  private async assessBatch(
    caller: Caller,
    accountIds: readonly string[],
    asOf: HealthAsOf,
    merged = false,
  ): Promise<Map<string, HealthAssessment>> {
    const relAsOf: AsOf = { now: asOf.now, day: asOf.day };
    const [accounts, inputs, snapshots] = await Promise.all([
      this.accounts.byIds(caller, accountIds),
      this.inputs(caller.tenantId, accountIds, asOf, merged),
      this.threading.snapshots(caller, accountIds, relAsOf, merged),
    ]);
    const result = new Map<string, HealthAssessment>();
    for (const accountId of accountIds) {
      const account = accounts.get(accountId);
      const threading = snapshots.get(accountId);
      const facts = inputs.get(accountId);
      if (!account || !threading || !facts) continue;
      const subs = facts.subscriptions;
      const support: SupportFacts = {
        ticketsEver: facts.ticketsEver,
        tickets: facts.tickets,
        npsEver: facts.npsEver,
        nps: facts.nps,
        alternatives: facts.mentions.filter((m) => m.id !== null && m.text !== null),
      };
      const people = facts.keyPeople;
      const risk = this.threading.assessSnapshot(threading, relAsOf);
      const engagement = engagementFacts(
        threading,
        risk,
        relAsOf,
        this.relationshipsConfig,
        this.threadingConfig,
      );
      const effective = this.effective(account);
      const health = accountHealth(
        {
          accountId,
          accountName: account.name,
          segment: account.segment,
          readings: {
            USAGE: usageHealth(subs, asOf, this.config.usage),
            SUPPORT: supportHealth(support, asOf, this.config.support),
            ENGAGEMENT: engagementHealth(engagement, people, asOf, this.config.engagement),
            CONTRACT: contractHealth(subs, asOf, this.config.contract),
            SPONSOR: sponsorHealth(people, asOf, this.config.sponsor),
          },
          caps: departureCaps(people, asOf, this.config.caps.departure),
          sentimentCapsOf: (flags) => sentimentCaps(flags, this.config.caps.sentiment),
        },
        effective.profile,
        asOf.day,
        effective.configVersion,
        { minCoverage: this.config.coverage.minShare },
      );
      result.set(accountId, {
        health,
        asOf,
        subscriptions: subs,
        support,
        keyPeople: people,
        threading,
        region: account.region ?? null,
      });
    }
    return result;
  }
}
