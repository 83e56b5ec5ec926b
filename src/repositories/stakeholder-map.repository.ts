import type { CypherExecutor } from '../db/cypher-executor';
import { mapFactsOf } from './stakeholder-map.rows';
import type { Account, AccountCoverage, Influence, Stakeholder } from '../domain/read-models';
import type { StakeholderRole } from '../domain/vocabulary';

/** A person as a map node shows them: no e-mail, dates or account (map.cypher does not read them). */
export interface MapPerson extends Pick<
  Stakeholder,
  'id' | 'name' | 'title' | 'seniority' | 'department' | 'status' | 'businessUnitId' | 'reportsToId'
> {
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

/** Everything a stakeholder map is drawn from, read together. */
export interface MapFacts {
  account: Account;
  people: MapPerson[];
  influence: Influence[];
  coverage: AccountCoverage[];
  relationships: TeamRelationshipRow[];
}

/** The stakeholder map's read: one statement, one round trip, whatever the account's size. */
export class StakeholderMapRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = { map: db.prepare('stakeholder-map/map') };
  }

  /** Null when the tenant has no such account. */
  async facts(tenantId: string, accountId: string, today: string, since: string): Promise<MapFacts | null> {
    const [row] = await this.db.readRecords(this.q.map, tenantId, { accountId, today, since }, mapFactsOf);
    return row ?? null;
  }
}
