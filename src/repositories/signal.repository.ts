import type { CypherExecutor } from '../db/cypher-executor';

import type {
  HiringFacts,
  NpsFact,
  RoleDepartureFact,
  SignalPerson,
  SubscriptionUsage,
  TicketFact,
} from '../domain/signal-facts';
import type { StakeholderRole } from '../domain/vocabulary';

/** Rows behind expansion signals and churn indicators: the facts the scoring reads, as stored. */
export type UsageRow = SubscriptionUsage;
export type HiringRow = HiringFacts;
export type PersonRow = SignalPerson;
export type TicketRow = TicketFact;
export type NpsRow = NpsFact;
export type RoleDepartureRow = RoleDepartureFact;

/** For a list of accounts, or (accountIds null) the whole portfolio through its indexes. */
export type AccountScope = readonly string[] | null;

export class SignalRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      usageByAccounts: db.prepare('signals/usage-by-accounts'),
      usagePortfolio: db.prepare('signals/usage-portfolio'),
      hiringByAccounts: db.prepare('signals/hiring-by-accounts'),
      hiringPortfolio: db.prepare('signals/hiring-portfolio'),
      peopleByAccounts: db.prepare('signals/people-by-accounts'),
      expansionFacts: db.prepare('signals/expansion-facts-by-account-ids'),
      ticketsByAccounts: db.prepare('signals/tickets-by-accounts'),
      ticketsPortfolio: db.prepare('signals/tickets-portfolio'),
      npsByAccounts: db.prepare('signals/nps-by-accounts'),
      npsPortfolio: db.prepare('signals/nps-portfolio'),
      departuresByAccounts: db.prepare('signals/role-departures-by-accounts'),
      departuresPortfolio: db.prepare('signals/role-departures-portfolio'),
    };
  }

  async usage(
    tenantId: string,
    accounts: AccountScope,
    window: { since: string; asOf: string },
  ): Promise<UsageRow[]> {
    const rows = await (accounts === null
      ? this.db.read<{ usage: UsageRow }>(this.q.usagePortfolio, tenantId, window)
      : this.db.read<{ usage: UsageRow }>(this.q.usageByAccounts, tenantId, {
          ...window,
          accountIds: accounts,
        }));
    return rows.map((r) => r.usage);
  }

  hiring(
    tenantId: string,
    accounts: AccountScope,
    window: { windowStart: string; asOf: string },
  ): Promise<HiringRow[]> {
    return accounts === null
      ? this.db.read<HiringRow>(this.q.hiringPortfolio, tenantId, window)
      : this.db.read<HiringRow>(this.q.hiringByAccounts, tenantId, { ...window, accountIds: accounts });
  }

  /**
   * `usage`, `hiring` and `people` of these accounts in one statement (one account's
   * opportunities: three round trips cost more than the reads).
   */
  async expansionFacts(
    tenantId: string,
    accountIds: readonly string[],
    window: { since: string; windowStart: string; asOf: string },
  ): Promise<{ usage: UsageRow[]; hiring: HiringRow[]; people: PersonRow[] }> {
    const rows = await this.db.read<{ usage: UsageRow[]; hiring: HiringRow[]; people: PersonRow[] }>(
      this.q.expansionFacts,
      tenantId,
      { ...window, accountIds },
    );
    return {
      usage: rows.flatMap((r) => r.usage),
      hiring: rows.flatMap((r) => r.hiring),
      people: rows.flatMap((r) => r.people),
    };
  }

  async people(tenantId: string, accountIds: readonly string[]): Promise<PersonRow[]> {
    const rows = await this.db.read<{ person: PersonRow }>(this.q.peopleByAccounts, tenantId, { accountIds });
    return rows.map((r) => r.person);
  }

  /** Tickets opened from `since` up to (not including) `until`. */
  async tickets(
    tenantId: string,
    accounts: AccountScope,
    window: { since: string; until: string },
  ): Promise<TicketRow[]> {
    const rows = await (accounts === null
      ? this.db.read<{ ticket: TicketRow }>(this.q.ticketsPortfolio, tenantId, window)
      : this.db.read<{ ticket: TicketRow }>(this.q.ticketsByAccounts, tenantId, {
          ...window,
          accountIds: accounts,
        }));
    return rows.map((r) => r.ticket);
  }

  async nps(
    tenantId: string,
    accounts: AccountScope,
    window: { since: string; until: string },
  ): Promise<NpsRow[]> {
    const rows = await (accounts === null
      ? this.db.read<{ response: NpsRow }>(this.q.npsPortfolio, tenantId, window)
      : this.db.read<{ response: NpsRow }>(this.q.npsByAccounts, tenantId, {
          ...window,
          accountIds: accounts,
        }));
    return rows.map((r) => r.response);
  }

  async roleDepartures(
    tenantId: string,
    accounts: AccountScope,
    query: { roles: readonly StakeholderRole[]; since: string; asOf: string },
  ): Promise<RoleDepartureRow[]> {
    const params = { roles: query.roles, since: query.since, asOf: query.asOf };
    const rows = await (accounts === null
      ? this.db.read<{ departure: RoleDepartureRow }>(this.q.departuresPortfolio, tenantId, params)
      : this.db.read<{ departure: RoleDepartureRow }>(this.q.departuresByAccounts, tenantId, {
          ...params,
          accountIds: accounts,
        }));
    return rows.map((r) => r.departure);
  }
}
