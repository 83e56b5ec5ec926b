import type { CypherExecutor } from '../db/cypher-executor';
import type { CypherQuery } from '../db/query-registry';
import type { PortfolioRecords } from '../domain/graph-records';
import { RECORD_KEYS } from '../domain/record-keys';
import { toColumns } from './batch-columns';

export type RecordKind = keyof PortfolioRecords;

/**
 * What an upsert did with one row: `unchanged` when the stored `sourceHash` stamp already
 * matched (nothing was written), `rejected` when a required reference is not in the graph.
 */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface UpsertResult {
  /** The row's `ref`, as sent: the caller's handle on it. */
  ref: number | null;
  outcome: WriteOutcome;
  /**
   * References not found: a field name (`accountId`), or `field:id` for an element of a list
   * (`personIds:0035…`). On a rejected row they include the required reference that failed.
   */
  missing: string[];
}

/**
 * What an upsert of a batch did: how many rows had each outcome, and only the rows with something
 * to report (rejected, or a reference missing). A row not listed had nothing missing.
 */
export interface UpsertSummary {
  counts: Record<WriteOutcome, number>;
  reported: UpsertResult[];
}

interface SummaryRow extends Record<WriteOutcome, number> {
  reported: UpsertResult[];
}

const emptyCounts = (): Record<WriteOutcome, number> => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
});

export interface LinkResult {
  ref: number | null;
  /** The reference was found and linked (or there was none to link). */
  resolved: boolean;
}

/** The upsert of each kind: `UNWIND $rows … MERGE` on the tenant-scoped key, one summary row per batch. */
export const UPSERT_QUERIES: Readonly<Record<RecordKind, string>> = {
  products: 'write/upsert-products',
  competitors: 'write/upsert-competitors',
  teamMembers: 'write/upsert-team-members',
  accounts: 'write/upsert-accounts',
  businessUnits: 'write/upsert-business-units',
  people: 'write/upsert-people',
  roleAssignments: 'write/upsert-role-assignments',
  influences: 'write/upsert-influences',
  coverage: 'write/upsert-coverage',
  interactions: 'write/upsert-interactions',
  subscriptions: 'write/upsert-subscriptions',
  usageSnapshots: 'write/upsert-usage-snapshots',
  tickets: 'write/upsert-support-tickets',
  npsResponses: 'write/upsert-nps-responses',
  personUsage: 'write/upsert-person-usage',
  opportunities: 'write/upsert-opportunities',
  opportunityContactRoles: 'write/upsert-opportunity-contact-roles',
  competitorPresence: 'write/upsert-competitor-presence',
  objectives: 'write/upsert-objectives',
};

/**
 * The batch parameter of a write statement: `{columns}` (one list per field, see toColumns) for a
 * statement that reads `$columns` (the largest kinds, where field names repeated per row cost the
 * most), else `{rows}`. The statement's text decides, so a copy of cypher/ with the older texts
 * (the A/B benchmark's baseline) gets the shape it reads.
 */
export function batchParams(query: CypherQuery, rows: readonly object[]): Record<string, unknown> {
  return /\$columns\b/.test(query.text) ? { columns: toColumns(rows) } : { rows };
}

/**
 * Kinds that point at records of their own kind, and the query that links them once the whole
 * kind is written (a parent or manager may come later in the same file than the row that
 * points at it).
 */
export const SELF_LINKS: Readonly<Partial<Record<RecordKind, { field: string; query: string }>>> = {
  teamMembers: { field: 'managerId', query: 'write/link-team-managers' },
  accounts: { field: 'parentId', query: 'write/link-account-parents' },
  people: { field: 'reportsToId', query: 'write/link-people-managers' },
};

/**
 * The order records can be written in: each step only links to nodes written by earlier steps.
 * Kinds that point at their own kind get a second, linking pass after their upsert.
 */
export const WRITE_STEPS: ReadonlyArray<{ kind: RecordKind; query: string }> = [
  { kind: 'products', query: UPSERT_QUERIES.products },
  { kind: 'competitors', query: UPSERT_QUERIES.competitors },
  { kind: 'teamMembers', query: UPSERT_QUERIES.teamMembers },
  { kind: 'teamMembers', query: 'write/link-team-managers' },
  { kind: 'accounts', query: UPSERT_QUERIES.accounts },
  { kind: 'accounts', query: 'write/link-account-parents' },
  { kind: 'businessUnits', query: UPSERT_QUERIES.businessUnits },
  { kind: 'people', query: UPSERT_QUERIES.people },
  { kind: 'people', query: 'write/link-people-managers' },
  { kind: 'roleAssignments', query: UPSERT_QUERIES.roleAssignments },
  { kind: 'influences', query: UPSERT_QUERIES.influences },
  { kind: 'coverage', query: UPSERT_QUERIES.coverage },
  { kind: 'interactions', query: UPSERT_QUERIES.interactions },
  { kind: 'subscriptions', query: UPSERT_QUERIES.subscriptions },
  { kind: 'usageSnapshots', query: UPSERT_QUERIES.usageSnapshots },
  { kind: 'tickets', query: UPSERT_QUERIES.tickets },
  { kind: 'npsResponses', query: UPSERT_QUERIES.npsResponses },
  { kind: 'personUsage', query: UPSERT_QUERIES.personUsage },
  { kind: 'opportunities', query: UPSERT_QUERIES.opportunities },
  { kind: 'opportunityContactRoles', query: UPSERT_QUERIES.opportunityContactRoles },
  { kind: 'competitorPresence', query: UPSERT_QUERIES.competitorPresence },
  { kind: 'objectives', query: UPSERT_QUERIES.objectives },
];

/**
 * The key fields of a row as one string (null when none is set), typed so that the id "1" and the
 * number 1 differ. Built without an array per row: every batch of the set-wise kinds goes through it.
 */
function twinKey(row: Record<string, unknown>, fields: readonly string[]): string | null {
  let key = '';
  let set = false;
  for (const field of fields) {
    const value = row[field] ?? null;
    if (value !== null) set = true;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    // Typed and length-prefixed, so no value can run into the next field's.
    key += `${typeof value === 'string' ? 's' : 'j'}${text.length}:${text}`;
  }
  return set ? key : null;
}

/**
 * Marks `twin: true` on a row whose key (`id`, or the `fields` of a relationship's key) an earlier
 * row of the batch has. The set-wise upserts CREATE a row whose node or relationship is not in the
 * graph; a twin takes their careful path instead, so a repeated key is written once and then
 * compared, never created twice. The importer sends one row per key, so this copies rows only in
 * the rare batch that needs it. A row with no key field set is never a twin.
 */
export function markTwins(rows: readonly object[], fields: readonly string[] = ['id']): readonly object[] {
  const seen = new Set<string>();
  let marked: object[] | null = null;
  rows.forEach((row, at) => {
    const key = twinKey(row as Record<string, unknown>, fields);
    if (key === null) return;
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    marked ??= [...rows];
    marked[at] = { ...row, twin: true };
  });
  return marked ?? rows;
}

/** Batched, idempotent writes (`UNWIND $rows … MERGE` on the tenant-scoped keys). */
export class PortfolioWriteRepository {
  private readonly queries: Map<string, CypherQuery>;
  private readonly existingIdsQuery: CypherQuery;

  constructor(private readonly db: CypherExecutor) {
    this.queries = new Map(WRITE_STEPS.map((step) => [step.query, db.prepare(step.query)]));
    this.existingIdsQuery = db.prepare('import/existing-ids');
  }

  async writeBatch(tenantId: string, queryName: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const query = this.query(queryName);
    await this.db.write(query, tenantId, batchParams(query, rows));
  }

  /** Rows carry the record's fields plus `ref` (returned as is) and `sourceHash` (the stamp). */
  async upsert(tenantId: string, kind: RecordKind, rows: readonly object[]): Promise<UpsertSummary> {
    const counts = emptyCounts();
    if (rows.length === 0) return { counts, reported: [] };
    // Every upsert aggregates in Neo4j and returns one row (`created`, `updated`, `unchanged`,
    // `rejected`, `reported`), not a row per record: a row per record cost the round trip its
    // time (docs/scale.md, rounds 3 and 4).
    const query = this.query(UPSERT_QUERIES[kind]);
    const [summary] = await this.db.write<SummaryRow>(
      query,
      tenantId,
      batchParams(query, markTwins(rows, RECORD_KEYS[kind])),
    );
    if (!summary) throw new Error(`${UPSERT_QUERIES[kind]} returned no summary`);
    const { reported, ...tallies } = summary;
    // The set-wise statements list rejected, then created, then existing rows: back to row order,
    // which the rejects file and the forward links follow.
    reported.sort((x, y) => (x.ref ?? 0) - (y.ref ?? 0));
    return { counts: { ...counts, ...tallies }, reported };
  }

  /** Rows carry `ref`, `id` and the self-reference field of SELF_LINKS. */
  async link(tenantId: string, kind: RecordKind, rows: readonly object[]): Promise<LinkResult[]> {
    const link = SELF_LINKS[kind];
    if (!link) throw new Error(`${kind} has no self-reference to link`);
    if (rows.length === 0) return [];
    return this.db.write<LinkResult>(this.query(link.query), tenantId, { rows });
  }

  /** Which of `ids` are records of `kind` in the tenant already. */
  async existingIds(tenantId: string, kind: RecordKind, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read<{ id: string }>(this.existingIdsQuery, tenantId, { kind, ids });
    return rows.map((row) => row.id);
  }

  private query(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`Unknown write step ${name}`);
    return query;
  }
}
