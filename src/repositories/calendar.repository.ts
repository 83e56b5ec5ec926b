import type { CypherExecutor } from '../db/cypher-executor';

/** The latest business review held with an account, and who took part on each side. */
export interface LastQbr {
  id: string;
  /** ISO instant. */
  occurredAt: string;
  subject: string | null;
  personIds: string[];
  teamMemberIds: string[];
}

/** What the engagement calendar reads that no other concern does. */
export class CalendarRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = { lastQbr: db.prepare('calendar/last-qbr-by-account-ids') };
  }

  /** The latest QBR before `until` (ISO instant, exclusive) per account; null when none was ever held. */
  async lastQbrByAccountIds(
    tenantId: string,
    accountIds: readonly string[],
    until: string,
  ): Promise<Map<string, LastQbr | null>> {
    const rows = await this.db.read<{ accountId: string; lastQbr: LastQbr | null }>(
      this.q.lastQbr,
      tenantId,
      {
        accountIds,
        until,
      },
    );
    const found = new Map(rows.map((r) => [r.accountId, r.lastQbr]));
    return new Map(accountIds.map((id) => [id, found.get(id) ?? null]));
  }
}
