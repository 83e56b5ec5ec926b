import type { CypherExecutor } from '../db/cypher-executor';
import type { BusinessUnit } from '../domain/read-models';
import type { InboundRequestFact, ObjectiveFact, PipelineOpportunityFact } from '../domain/opportunity-facts';
import type { ObjectiveStatus, OpportunityType } from '../domain/vocabulary';
import { groupRows } from './grouping';

const emptyIntent = { accountId: '', pipeline: [], inbound: [], objectives: [], units: [] };

/** Pattern comprehensions come back in no set order: primary contact first, then by id. */
function sortContacts(opportunity: PipelineOpportunityFact): PipelineOpportunityFact {
  return {
    ...opportunity,
    contacts: [...opportunity.contacts].sort(
      (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.personId.localeCompare(b.personId),
    ),
  };
}

/** Participants come back in no set order: by id, so answers are the same every time. */
function sortPeople(request: InboundRequestFact): InboundRequestFact {
  return { ...request, people: [...request.people].sort((a, b) => a.personId.localeCompare(b.personId)) };
}

/** The facts behind an expansion's intent and business case, for many accounts at once. */
export class ExpansionOpportunityRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      pipeline: db.prepare('opportunities/pipeline-by-account-ids'),
      inbound: db.prepare('opportunities/inbound-requests-by-account-ids'),
      objectives: db.prepare('opportunities/objectives-by-account-ids'),
      intent: db.prepare('opportunities/intent-by-account-ids'),
    };
  }

  /**
   * `pipeline`, `inboundRequests`, `objectives` and the accounts' business units in one statement
   * (one account's opportunities: four round trips cost more than the reads).
   */
  async intent(
    tenantId: string,
    accountIds: readonly string[],
    query: {
      types: readonly OpportunityType[];
      since: string;
      until: string;
      keywords: readonly string[];
      statuses: readonly ObjectiveStatus[];
    },
  ): Promise<{
    pipeline: Map<string, PipelineOpportunityFact[]>;
    inbound: Map<string, InboundRequestFact[]>;
    objectives: Map<string, ObjectiveFact[]>;
    units: Map<string, BusinessUnit[]>;
  }> {
    const rows = await this.db.read<{
      accountId: string;
      pipeline: PipelineOpportunityFact[];
      inbound: InboundRequestFact[];
      objectives: ObjectiveFact[];
      units: BusinessUnit[];
    }>(this.q.intent, tenantId, {
      accountIds,
      ...query,
      keywords: query.keywords.map((k) => k.toLowerCase()),
    });
    const of = <T>(pick: (row: (typeof rows)[number]) => T[]) =>
      new Map<string, T[]>(
        accountIds.map((id) => [id, pick(rows.find((r) => r.accountId === id) ?? emptyIntent)]),
      );
    return {
      pipeline: of((r) => r.pipeline.map(sortContacts)),
      inbound: of((r) => r.inbound.map(sortPeople)),
      objectives: of((r) => r.objectives),
      units: of((r) => r.units),
    };
  }

  /** Open opportunities of these types on each account (every asked-for account present, possibly empty). */
  async pipeline(
    tenantId: string,
    accountIds: readonly string[],
    types: readonly OpportunityType[],
  ): Promise<Map<string, PipelineOpportunityFact[]>> {
    const rows = await this.db.read<{ accountId: string; opportunity: PipelineOpportunityFact }>(
      this.q.pipeline,
      tenantId,
      { accountIds, types },
    );
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => sortContacts(r.opportunity),
    );
  }

  /** INBOUND interactions in [since, until) (ISO instants) whose subject holds one of the keywords. */
  async inboundRequests(
    tenantId: string,
    accountIds: readonly string[],
    query: { since: string; until: string; keywords: readonly string[] },
  ): Promise<Map<string, InboundRequestFact[]>> {
    const rows = await this.db.read<{ accountId: string; request: InboundRequestFact }>(
      this.q.inbound,
      tenantId,
      {
        accountIds,
        since: query.since,
        until: query.until,
        keywords: query.keywords.map((k) => k.toLowerCase()),
      },
    );
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => sortPeople(r.request),
    );
  }

  async objectives(
    tenantId: string,
    accountIds: readonly string[],
    statuses: readonly ObjectiveStatus[],
  ): Promise<Map<string, ObjectiveFact[]>> {
    const rows = await this.db.read<{ accountId: string; objective: ObjectiveFact }>(
      this.q.objectives,
      tenantId,
      { accountIds, statuses },
    );
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => r.objective,
    );
  }
}
