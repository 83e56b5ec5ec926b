import type { SignalsConfig } from '../../config/analytics/signals';
import { isoDate, type Clock } from '../../domain/clock';
import type { Account, Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type {
  AccountScope,
  HiringRow,
  PersonRow,
  SignalRepository,
  UsageRow,
} from '../../repositories/signal.repository';
import { expansionSignals, type ExpansionFindings, type ExpansionSignal } from '../../scoring/signals';
import { addDays } from '../../scoring/signals-fit';
import type { AccountService } from '../accounts/account.service';
import { pageFindings } from './page-findings';
import { attachStakeholders, byAccount, type WithStakeholders } from './signal-stakeholders';

export interface AccountExpansionSignals {
  accountId: string;
  asOf: string;
  signals: WithStakeholders<ExpansionSignal>[];
  dataGaps: string[];
}

export class ExpansionSignalService {
  constructor(
    private readonly signals: SignalRepository,
    private readonly accounts: AccountService,
    private readonly config: SignalsConfig,
    private readonly clock: Clock,
  ) {}

  /** Four reads at once: the account, its usage, hiring, and the people the signals may concern. */
  async forAccount(
    caller: Caller,
    accountId: string,
    asOf?: string | null,
  ): Promise<AccountExpansionSignals & { account: Account }> {
    const day = asOf ?? isoDate(this.clock());
    const [account, [findings], people] = await Promise.all([
      this.accounts.get(caller, accountId),
      this.find(caller, [accountId], day),
      this.signals.people(caller.tenantId, [accountId]),
    ]);
    return { ...this.resolve(findings!, people, day), account };
  }

  /**
   * Accounts with at least one signal, most signals first (ties by id). Two portfolio-wide reads
   * (usage and hiring, each from an index), then the people of the page's accounts only.
   */
  async portfolio(
    caller: Caller,
    asOf: string | null | undefined,
    first: number,
    after: string | null | undefined,
    { includeArchived = false }: { includeArchived?: boolean } = {},
  ): Promise<Page<AccountExpansionSignals>> {
    const day = asOf ?? isoDate(this.clock());
    const [findings, archived] = await Promise.all([
      this.find(caller, null, day),
      this.accounts.archivedIds(caller, includeArchived),
    ]);
    return pageFindings(
      findings.filter((f) => !archived.has(f.accountId)),
      (f) => f.signals.length,
      first,
      after,
      (ids) => this.signals.people(caller.tenantId, ids),
      (f, people) => this.resolve(f, people, day),
    );
  }

  /**
   * The signals of many accounts (null: every account with usage or hiring facts, read through the
   * portfolio's indexes), with their people: three reads whatever their number.
   */
  async byAccountIds(
    caller: Caller,
    accountIds: readonly string[] | null,
    asOf: string,
  ): Promise<Map<string, AccountExpansionSignals>> {
    const findings = await this.find(caller, accountIds, asOf);
    const people = await this.signals.people(
      caller.tenantId,
      findings.filter((f) => f.signals.length > 0).map((f) => f.accountId),
    );
    return new Map(findings.map((f) => [f.accountId, this.resolve(f, people, asOf)]));
  }

  /**
   * One account's signals with their people (its opportunities): `byAccountIds` of that account,
   * with the usage, hiring and people reads in one statement.
   */
  async ofAccount(caller: Caller, accountId: string, asOf: string): Promise<AccountExpansionSignals> {
    const ids = [accountId];
    const { usage, hiring, people } = await this.signals.expansionFacts(
      caller.tenantId,
      ids,
      this.windows(asOf),
    );
    const [findings] = this.findings(ids, usage, hiring, asOf);
    return this.resolve(findings!, people, asOf);
  }

  private windows(asOf: string): { since: string; windowStart: string; asOf: string } {
    return {
      since: addDays(asOf, -this.config.usageLookbackDays),
      windowStart: addDays(asOf, -this.config.expansion.hiring.windowDays),
      asOf,
    };
  }

  private async find(caller: Caller, accounts: AccountScope, asOf: string): Promise<ExpansionFindings[]> {
    const { since, windowStart } = this.windows(asOf);
    const [usage, hiring] = await Promise.all([
      this.signals.usage(caller.tenantId, accounts, { since, asOf }),
      this.signals.hiring(caller.tenantId, accounts, { windowStart, asOf }),
    ]);
    const ids = accounts ?? [...new Set([...usage, ...hiring].map((r) => r.accountId))];
    return this.findings(ids, usage, hiring, asOf);
  }

  private findings(
    ids: readonly string[],
    usage: readonly UsageRow[],
    hiring: readonly HiringRow[],
    asOf: string,
  ): ExpansionFindings[] {
    const usageOf = byAccount(ids, usage);
    const hiringOf = byAccount(ids, hiring);
    return ids.map((accountId) =>
      expansionSignals(
        {
          accountId,
          asOf,
          subscriptions: usageOf.get(accountId) ?? [],
          hiring: hiringOf.get(accountId) ?? [],
        },
        this.config.expansion,
      ),
    );
  }

  private resolve(
    findings: ExpansionFindings,
    people: readonly PersonRow[],
    asOf: string,
  ): AccountExpansionSignals {
    return {
      accountId: findings.accountId,
      asOf,
      signals: attachStakeholders(findings.signals, people, asOf, this.config.stakeholders),
      dataGaps: findings.dataGaps,
    };
  }
}
