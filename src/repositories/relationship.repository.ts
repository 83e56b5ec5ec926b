import type { CypherExecutor } from '../db/cypher-executor';
import type { InteractionDirection, InteractionType } from '../domain/vocabulary';
import { groupRows } from './grouping';

export interface InteractionRow {
  id: string;
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: string;
}

/** Every interaction one of our team had with one of their people, in a window, oldest first. */
export interface PairInteractions {
  accountId: string;
  teamMember: { id: string; name: string; email: string | null; title: string | null };
  personId: string;
  interactions: InteractionRow[];
}

type PairRow = Omit<PairInteractions, 'interactions'> & {
  interactions: (Omit<InteractionRow, 'occurredAt'> & { occurredAtMs: number })[];
};

function toPair({ interactions, ...pair }: PairRow): PairInteractions {
  return {
    ...pair,
    interactions: interactions
      .map(({ occurredAtMs, ...i }) => ({ ...i, occurredAt: new Date(occurredAtMs).toISOString() }))
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id)),
  };
}

export interface InteractionWindow {
  /** ISO instants: from (inclusive) to (exclusive). */
  since: string;
  until: string;
}

export class RelationshipRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      byAccounts: db.prepare('relationships/pair-interactions-by-account-ids'),
      byPeople: db.prepare('relationships/pair-interactions-by-person-ids'),
    };
  }

  async byAccountIds(
    tenantId: string,
    accountIds: readonly string[],
    window: InteractionWindow,
  ): Promise<Map<string, PairInteractions[]>> {
    const rows = await this.db.read<PairRow>(this.q.byAccounts, tenantId, { accountIds, ...window });
    return groupRows(
      accountIds,
      rows.map(toPair),
      (r) => r.accountId,
      (r) => r,
    );
  }

  async byPersonIds(
    tenantId: string,
    personIds: readonly string[],
    window: InteractionWindow,
  ): Promise<Map<string, PairInteractions[]>> {
    const rows = await this.db.read<PairRow>(this.q.byPeople, tenantId, { personIds, ...window });
    return groupRows(
      personIds,
      rows.map(toPair),
      (r) => r.personId,
      (r) => r,
    );
  }
}
