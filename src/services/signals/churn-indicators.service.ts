import type { SignalsConfig } from '../../config/analytics/signals';
import { isoDate, type Clock } from '../../domain/clock';
import type { Account, Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { AccountScope, PersonRow, SignalRepository } from '../../repositories/signal.repository';
import { churnIndicators, type ChurnFindings, type ChurnIndicator } from '../../scoring/churn';
import { addDays } from '../../scoring/signals-fit';
import type { AccountService } from '../accounts/account.service';
import { pageFindings } from './page-findings';
import { attachStakeholders, byAccount, type WithStakeholders } from './signal-stakeholders';

export interface AccountChurnIndicators {
  accountId: string;
  asOf: string;
  indicators: WithStakeholders<ChurnIndicator>[];
  dataGaps: string[];
}

export class ChurnIndicatorService {
  constructor(
    private readonly signals: SignalRepository,
    private readonly accounts: AccountService,
    private readonly config: SignalsConfig,
    private readonly clock: Clock,
  ) {}

  /** Six reads at once: the account, usage, tickets, NPS, role departures and its people. */
  async forAccount(
    caller: Caller,
    accountId: string,
    asOf?: string | null,
  ): Promise<AccountChurnIndicators & { account: Account }> {
    const day = asOf ?? isoDate(this.clock());
    const [account, [findings], people] = await Promise.all([
      this.accounts.get(caller, accountId),
      this.find(caller, [accountId], day),
      this.signals.people(caller.tenantId, [accountId]),
    ]);
    return { ...this.resolve(findings!, people, day), account };
  }

  /**
   * Accounts with at least one indicator, most indicators first (ties by id). Four
   * portfolio-wide reads, each starting from an index, then the people of the page's accounts.
   */
  async portfolio(
    caller: Caller,
    asOf: string | null | undefined,
    first: number,
    after: string | null | undefined,
    { includeArchived = false }: { includeArchived?: boolean } = {},
  ): Promise<Page<AccountChurnIndicators>> {
    const day = asOf ?? isoDate(this.clock());
    const [findings, archived] = await Promise.all([
      this.find(caller, null, day),
      this.accounts.archivedIds(caller, includeArchived),
    ]);
    return pageFindings(
      findings.filter((f) => !archived.has(f.accountId)),
      (f) => f.indicators.length,
      first,
      after,
      (ids) => this.signals.people(caller.tenantId, ids),
      (f, people) => this.resolve(f, people, day),
    );
  }

  /** The indicators of these accounts with their people: five reads whatever their number (stored scores). */
  async byAccountIds(
    caller: Caller,
    accountIds: readonly string[],
    asOf: string,
  ): Promise<Map<string, AccountChurnIndicators>> {
    const findings = await this.find(caller, accountIds, asOf);
    const people = await this.signals.people(
      caller.tenantId,
      findings.filter((f) => f.indicators.length > 0).map((f) => f.accountId),
    );
    return new Map(findings.map((f) => [f.accountId, this.resolve(f, people, asOf)]));
  }

  private async find(caller: Caller, accounts: AccountScope, asOf: string): Promise<ChurnFindings[]> {
    const { churn } = this.config;
    const until = addDays(asOf, 1);
    const ticketDays = 2 * Math.max(churn.tickets.windowDays, churn.ticketSentiment.windowDays);
    const [usage, tickets, nps, departures] = await Promise.all([
      this.signals.usage(caller.tenantId, accounts, {
        since: addDays(asOf, -this.config.usageLookbackDays),
        asOf,
      }),
      this.signals.tickets(caller.tenantId, accounts, { since: addDays(asOf, -ticketDays), until }),
      this.signals.nps(caller.tenantId, accounts, { since: addDays(asOf, -2 * churn.nps.windowDays), until }),
      this.signals.roleDepartures(caller.tenantId, accounts, {
        roles: churn.departures.roles,
        since: addDays(asOf, -churn.departures.lookbackDays),
        asOf,
      }),
    ]);
    const ids = accounts ?? [
      ...new Set([...usage, ...tickets, ...nps, ...departures].map((r) => r.accountId)),
    ];
    const usageOf = byAccount(ids, usage);
    const ticketsOf = byAccount(ids, tickets);
    const npsOf = byAccount(ids, nps);
    const departuresOf = byAccount(ids, departures);
    return ids.map((accountId) =>
      churnIndicators(
        {
          accountId,
          asOf,
          subscriptions: usageOf.get(accountId) ?? [],
          tickets: ticketsOf.get(accountId) ?? [],
          nps: npsOf.get(accountId) ?? [],
          departures: departuresOf.get(accountId) ?? [],
        },
        churn,
      ),
    );
  }

  private resolve(
    findings: ChurnFindings,
    people: readonly PersonRow[],
    asOf: string,
  ): AccountChurnIndicators {
    return {
      accountId: findings.accountId,
      asOf,
      indicators: attachStakeholders(findings.indicators, people, asOf, this.config.stakeholders),
      dataGaps: findings.dataGaps,
    };
  }
}
