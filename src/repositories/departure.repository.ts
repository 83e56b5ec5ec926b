import type { CypherExecutor } from '../db/cypher-executor';
import type { StakeholderRole } from '../domain/vocabulary';

export interface OpportunityContacts {
  id: string;
  name: string;
  amount: number | null;
  stage: string;
  closeDate: string | null;
  contacts: { personId: string; role: StakeholderRole; isPrimary: boolean }[];
}

export interface ObjectiveRow {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
}

export interface EndedRoleRow {
  role: StakeholderRole;
  since: string;
  until: string;
  accountId: string;
}

export interface DepartureWrite {
  personId: string;
  departedAt: string;
  ended: EndedRoleRow[];
}

export class DepartureRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      opportunities: db.prepare('departure/open-opportunities'),
      objectives: db.prepare('departure/owned-objectives'),
      tickets: db.prepare('departure/tickets-raised'),
      markDeparted: db.prepare('departure/mark-departed'),
    };
  }

  async openOpportunities(tenantId: string, personId: string): Promise<OpportunityContacts[]> {
    const rows = await this.db.read<{ opportunity: OpportunityContacts }>(this.q.opportunities, tenantId, {
      personId,
    });
    return rows.map((r) => r.opportunity);
  }

  async ownedObjectives(tenantId: string, personId: string): Promise<ObjectiveRow[]> {
    const rows = await this.db.read<{ objective: ObjectiveRow }>(this.q.objectives, tenantId, { personId });
    return rows.map((r) => r.objective);
  }

  async ticketsRaised(
    tenantId: string,
    accountId: string,
    window: { since: string; until: string },
  ): Promise<Map<string, number>> {
    const rows = await this.db.read<{ personId: string; tickets: number }>(this.q.tickets, tenantId, {
      accountId,
      ...window,
    });
    return new Map(rows.map((r) => [r.personId, r.tickets]));
  }

  /** Null when there was no ACTIVE person to mark (nothing was written). */
  async markDeparted(tenantId: string, personId: string, departedAt: string): Promise<DepartureWrite | null> {
    const [row] = await this.db.write<DepartureWrite>(this.q.markDeparted, tenantId, {
      personId,
      departedAt,
    });
    return row ?? null;
  }
}
