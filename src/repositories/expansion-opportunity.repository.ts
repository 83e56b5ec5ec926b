import type { CypherExecutor } from '../db/cypher-executor';
import type { InboundRequestFact, ObjectiveFact, PipelineOpportunityFact } from '../domain/opportunity-facts';
import type { ObjectiveStatus, OpportunityType } from '../domain/vocabulary';
import { groupRows } from './grouping';

/** The facts behind an expansion's intent and business case, for many accounts at once. */
export class ExpansionOpportunityRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      pipeline: db.prepare('opportunities/pipeline-by-account-ids'),
      inbound: db.prepare('opportunities/inbound-requests-by-account-ids'),
      objectives: db.prepare('opportunities/objectives-by-account-ids'),
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
      // Pattern comprehensions come back in no set order: primary contact first, then by id.
      (r) => ({
        ...r.opportunity,
        contacts: [...r.opportunity.contacts].sort(
          (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.personId.localeCompare(b.personId),
        ),
      }),
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
      // Participants come back in no set order: by id, so answers are the same every time.
      (r) => ({
        ...r.request,
        people: [...r.request.people].sort((a, b) => a.personId.localeCompare(b.personId)),
      }),
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
