import type { CypherExecutor } from '../db/cypher-executor';
import type { HealthBand, PlayKind, PlayTrigger, TeamRole } from '../domain/vocabulary';
import { groupRows } from './grouping';

export interface NewPlayStep {
  id: string;
  order: number;
  key: string;
  phase: string;
  title: string;
  detail: string;
  dueDate: string;
  ownerRole: TeamRole;
  ownerId: string | null;
  personIds: string[];
}

export interface NewPlay {
  id: string;
  accountId: string;
  kind: PlayKind;
  trigger: PlayTrigger;
  title: string;
  why: string;
  goal: string;
  gaps: string[];
  startedOn: string;
  requestedAt: string;
  requestedBy: string;
  note: string | null;
  healthScore: number | null;
  healthBand: HealthBand | null;
  configVersion: string;
  steps: NewPlayStep[];
}

export interface StoredPlayStep {
  id: string;
  order: number;
  key: string;
  phase: string;
  title: string;
  detail: string;
  dueDate: string;
  ownerRole: TeamRole;
  status: string;
  owner: { id: string; name: string } | null;
  people: { id: string; name: string; title: string | null }[];
}

export interface StoredPlay {
  id: string;
  accountId: string;
  kind: PlayKind;
  trigger: PlayTrigger;
  status: string;
  title: string;
  why: string;
  goal: string;
  gaps: string[] | null;
  startedOn: string;
  requestedAt: string;
  requestedBy: string;
  note: string | null;
  healthScore: number | null;
  healthBand: HealthBand | null;
  configVersion: string;
  steps: StoredPlayStep[];
}

export class PlayRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      record: db.prepare('plays/record-play'),
      byAccounts: db.prepare('plays/plays-by-account-ids'),
    };
  }

  /** Writes the play unless one of its kind and trigger is open on the account: then that one's id. */
  async record(tenantId: string, play: NewPlay): Promise<{ created: boolean; playId: string } | null> {
    const { steps, id, accountId, kind, trigger, startedOn, requestedAt, ...rest } = play;
    const [row] = await this.db.write<{ existingId: string | null }>(this.q.record, tenantId, {
      play: {
        id,
        accountId,
        kind,
        trigger,
        startedOn,
        requestedAt,
        properties: { ...rest, kind, trigger, accountId, status: 'OPEN' },
      },
      steps: steps.map(({ id: stepId, dueDate, ownerId, personIds, ...properties }) => ({
        id: stepId,
        dueDate,
        ownerId,
        personIds,
        properties: { ...properties, playId: id, status: 'OPEN' },
      })),
    });
    if (!row) return null;
    return row.existingId === null
      ? { created: true, playId: id }
      : { created: false, playId: row.existingId };
  }

  async byAccountIds(tenantId: string, accountIds: readonly string[]): Promise<Map<string, StoredPlay[]>> {
    const rows = await this.db.read<{ accountId: string; play: StoredPlay }>(this.q.byAccounts, tenantId, {
      accountIds,
    });
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => r.play,
    );
  }
}
