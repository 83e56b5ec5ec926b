import type { CypherExecutor } from '../db/cypher-executor';
import type { Influence, Stakeholder } from '../domain/read-models';
import type { StakeholderRole } from '../domain/vocabulary';

export interface MapPerson extends Stakeholder {
  roles: StakeholderRole[];
}

export interface TeamRelationshipRow {
  teamMemberId: string;
  teamMemberName: string;
  teamMemberTitle: string | null;
  personId: string;
  interactionCount: number;
  twoWayCount: number;
  lastInteractionAt: string;
}

/** The three reads behind a stakeholder map; each is one query whatever the account's size. */
export class StakeholderMapRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      people: db.prepare('stakeholder-map/people'),
      influence: db.prepare('stakeholder-map/influence'),
      relationships: db.prepare('stakeholder-map/team-relationships'),
    };
  }

  async people(tenantId: string, accountId: string, today: string): Promise<MapPerson[]> {
    const rows = await this.db.read<{ person: MapPerson }>(this.q.people, tenantId, { accountId, today });
    return rows.map((r) => r.person);
  }

  influence(tenantId: string, accountId: string): Promise<Influence[]> {
    return this.db.read<Influence>(this.q.influence, tenantId, { accountId });
  }

  teamRelationships(tenantId: string, accountId: string, since: string): Promise<TeamRelationshipRow[]> {
    return this.db.read<TeamRelationshipRow>(this.q.relationships, tenantId, { accountId, since });
  }
}
