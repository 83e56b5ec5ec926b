import type { CypherExecutor } from '../db/cypher-executor';
import type { CypherQuery } from '../db/query-registry';
import type { PortfolioRecords } from '../domain/graph-records';

export type RecordKind = keyof PortfolioRecords;

/**
 * The order records can be written in: each step only links to nodes written by earlier steps.
 * Accounts and people get a second pass because a parent or manager may appear later in the
 * same file than the row that points at it.
 */
export const WRITE_STEPS: ReadonlyArray<{ kind: RecordKind; query: string }> = [
  { kind: 'products', query: 'write/upsert-products' },
  { kind: 'competitors', query: 'write/upsert-competitors' },
  { kind: 'teamMembers', query: 'write/upsert-team-members' },
  { kind: 'accounts', query: 'write/upsert-accounts' },
  { kind: 'accounts', query: 'write/link-account-parents' },
  { kind: 'businessUnits', query: 'write/upsert-business-units' },
  { kind: 'people', query: 'write/upsert-people' },
  { kind: 'people', query: 'write/link-people-managers' },
  { kind: 'roleAssignments', query: 'write/upsert-role-assignments' },
  { kind: 'influences', query: 'write/upsert-influences' },
  { kind: 'coverage', query: 'write/upsert-coverage' },
  { kind: 'interactions', query: 'write/upsert-interactions' },
  { kind: 'subscriptions', query: 'write/upsert-subscriptions' },
  { kind: 'usageSnapshots', query: 'write/upsert-usage-snapshots' },
  { kind: 'tickets', query: 'write/upsert-support-tickets' },
  { kind: 'npsResponses', query: 'write/upsert-nps-responses' },
  { kind: 'opportunities', query: 'write/upsert-opportunities' },
  { kind: 'opportunityContactRoles', query: 'write/upsert-opportunity-contact-roles' },
  { kind: 'competitorPresence', query: 'write/upsert-competitor-presence' },
  { kind: 'objectives', query: 'write/upsert-objectives' },
];

/** Batched, idempotent writes (`UNWIND $rows … MERGE` on the tenant-scoped keys). */
export class PortfolioWriteRepository {
  private readonly queries: Map<string, CypherQuery>;

  constructor(private readonly db: CypherExecutor) {
    this.queries = new Map(WRITE_STEPS.map((step) => [step.query, db.prepare(step.query)]));
  }

  async writeBatch(tenantId: string, queryName: string, rows: readonly object[]): Promise<void> {
    const query = this.queries.get(queryName);
    if (!query) throw new Error(`Unknown write step ${queryName}`);
    if (rows.length > 0) await this.db.write(query, tenantId, { rows });
  }
}
