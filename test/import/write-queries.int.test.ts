import type { PlanOperator } from '../../src/db/cypher-executor';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import {
  PortfolioWriteRepository,
  SELF_LINKS,
  WRITE_STEPS,
  type RecordKind,
  type UpsertSummary,
  type WriteOutcome,
} from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { connectTestGraph, firstColumn, testTenant, type TestGraph } from '../support/graph';
import { seedTenant } from '../support/seed';
import { graphCounts } from './import-test-kit';
import { everyKindPortfolio } from './write-fixtures';
import { writeRows } from '../support/write-rows';

const KINDS = [...new Set(WRITE_STEPS.map((step) => step.kind))];

/**
 * Reads whose cost per row grows with the graph, found by PROFILE of the import (docs/scale.md,
 * round 3): any label or relationship-type scan; a seek of a relationship index, which holds every
 * tenant's relationships (`plays_role_role`: each role assignment read all of them); an account
 * found through the tenant-only index or a scan of the key index instead of one key seek.
 */
const GROWING = [
  'NodeByLabelScan',
  'AllNodesScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
];
const growing = (op: PlanOperator): boolean =>
  GROWING.includes(op.operator) ||
  (/Account\(/.test(op.details) &&
    (op.operator === 'NodeIndexScan' || /Account\(tenantId\) /.test(op.details)));
const operators = (plan: PlanOperator): PlanOperator[] => [plan, ...plan.children.flatMap(operators)];
type Outcomes = Partial<Record<RecordKind, Record<string, number>>>;

/** Every upsert of cypher/write on a hand-built portfolio: what each row's outcome is, and what the graph holds. */
describe('cypher/write upserts', () => {
  let graph: TestGraph;
  let writer: PortfolioWriter;
  beforeAll(() => {
    graph = connectTestGraph('import-writes');
    writer = new PortfolioWriter(new PortfolioWriteRepository(graph.db));
  });
  afterAll(() => graph.close());

  const nonZero = (counts: Record<WriteOutcome, number>): Record<string, number> =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

  /** Writes kind after kind as the importer does, links forward self-references, counts outcomes. */
  async function writeAll(tenantId: string, records: PortfolioRecords): Promise<Outcomes> {
    const outcomes: Outcomes = {};
    for (const kind of KINDS) {
      const rows = writeRows(records[kind]);
      const summary: UpsertSummary = await writer.upsertBatch(tenantId, kind, rows);
      if (rows.length > 0) outcomes[kind] = nonZero(summary.counts);
      const link = SELF_LINKS[kind];
      if (link) {
        const forward = summary.reported
          .filter((r) => r.missing.includes(link.field))
          .flatMap((r) => rows[r.ref ?? 0] ?? []);
        await writer.linkBatch(tenantId, kind, forward);
      }
    }
    return outcomes;
  }

  const one = <T>(query: string, tenantId: string, params: Record<string, unknown> = {}): Promise<T[]> =>
    firstColumn<T>(graph.driver, query, { ...params, tenantId });

  it('creates every kind once, then finds every row unchanged', async () => {
    const tenantId = testTenant('writes');
    const records = everyKindPortfolio();
    expect(await writeAll(tenantId, records)).toEqual({
      products: { created: 2 },
      competitors: { created: 1 },
      teamMembers: { created: 2 },
      accounts: { created: 3 },
      businessUnits: { created: 2 },
      people: { created: 8 },
      roleAssignments: { created: 5 },
      influences: { created: 2 },
      coverage: { created: 2 },
      interactions: { created: 5 },
      subscriptions: { created: 3 },
      usageSnapshots: { created: 1 },
      tickets: { created: 1 },
      npsResponses: { created: 1 },
      opportunities: { created: 1 },
      opportunityContactRoles: { created: 1 },
      competitorPresence: { created: 1 },
      objectives: { created: 1 },
    });
    expect((await graphCounts(graph.driver, tenantId)).relationships).toEqual({
      ALTERNATIVE_TO: 1,
      // Casey → Avery; Dana → Victor → Clara, Eli → Dana, Olga → Clara, Pat → Olga.
      REPORTS_TO: 6,
      SUBSIDIARY_OF: 1,
      UNIT_OF: 2,
      WORKS_AT: 8,
      // Dana and Eli in Finance, Olga and Pat in IT.
      MEMBER_OF: 4,
      PLAYS_ROLE: 5,
      INFLUENCES: 2,
      COVERS: 2,
      WITH_ACCOUNT: 5,
      // One of our team and one of theirs in each of the 5 interactions.
      PARTICIPATED_IN: 10,
      HAS_SUBSCRIPTION: 3,
      OF_PRODUCT: 3,
      // The analytics subscription is Finance's.
      FOR_UNIT: 1,
      HAS_USAGE: 1,
      // The ticket, the NPS answer and the opportunity.
      FOR_ACCOUNT: 3,
      RAISED_BY: 1,
      ANSWERED: 1,
      FOR_PRODUCT: 1,
      OWNS_OPPORTUNITY: 1,
      CONTACT_ROLE: 1,
      USES_COMPETITOR: 1,
      HAS_OBJECTIVE: 1,
      OWNS_OBJECTIVE: 1,
    });

    const again = await writeAll(tenantId, records);
    expect(Object.values(again).every((counts) => Object.keys(counts).join() === 'unchanged')).toBe(true);
  });

  it('moves the relationships of an updated record and leaves the others alone', async () => {
    const tenantId = testTenant('writes-update');
    const records = everyKindPortfolio();
    await writeAll(tenantId, records);
    const changed = everyKindPortfolio();
    // Eli moves to Northwind Labs under Lou, out of Finance; the CSM's last email was with Olga;
    // the opportunity loses its owner and is now for the core product.
    changed.people = changed.people.map((p) =>
      p.id === 'p-eli' ? { ...p, accountId: 'acc-nw-labs', businessUnitId: null, reportsToId: 'p-lou' } : p,
    );
    changed.interactions = changed.interactions.map((i) =>
      i.id === 'i-4' ? { ...i, personIds: ['p-olga'] } : i,
    );
    changed.opportunities = changed.opportunities.map((o) => ({
      ...o,
      ownerId: null,
      productId: 'prod-core',
    }));
    const outcomes = await writeAll(tenantId, changed);
    expect(outcomes.people).toEqual({ updated: 1, unchanged: 7 });
    expect(outcomes.interactions).toEqual({ updated: 1, unchanged: 4 });
    expect(outcomes.opportunities).toEqual({ updated: 1 });
    expect(outcomes.accounts).toEqual({ unchanged: 3 });

    expect(
      await one<string>(
        `MATCH (p:Person {tenantId: $tenantId, id: 'p-eli'})
         RETURN [(p)-[:WORKS_AT]->(a) | a.id] + [(p)-[:REPORTS_TO]->(m) | m.id] + [(p)-[:MEMBER_OF]->(u) | u.id]`,
        tenantId,
      ),
    ).toEqual([['acc-nw-labs', 'p-lou']]);
    expect(
      await one<string[]>(
        "MATCH (i:Interaction {tenantId: $tenantId, id: 'i-4'}) RETURN [(x)-[:PARTICIPATED_IN]->(i) | x.id]",
        tenantId,
      ).then((lists) => lists.map((list) => [...list].sort())),
    ).toEqual([['p-olga', 'tm-csm']]);
    expect(
      await one<string[]>(
        `MATCH (o:Opportunity {tenantId: $tenantId, id: 'opp-1'})
         RETURN [(o)-[:FOR_PRODUCT]->(p) | p.id] + [(t)-[:OWNS_OPPORTUNITY]->(o) | t.id]`,
        tenantId,
      ),
    ).toEqual([['prod-core']]);
  });

  it('rejects a row whose required reference is missing and remembers optional ones until they come', async () => {
    const tenantId = testTenant('writes-missing');
    await writeAll(tenantId, everyKindPortfolio());
    const person = { ...everyKindPortfolio().people[0], id: 'p-ghost', accountId: 'acc-none' };
    expect(await writer.upsertBatch(tenantId, 'people', writeRows([person]))).toEqual({
      counts: { created: 0, updated: 0, unchanged: 0, rejected: 1 },
      reported: [{ ref: 0, outcome: 'rejected', missing: ['accountId'] }],
    });
    expect(
      await one<number>("MATCH (p:Person {tenantId: $tenantId, id: 'p-ghost'}) RETURN count(p)", tenantId),
    ).toEqual([0]);

    const meeting = {
      ...everyKindPortfolio().interactions[1],
      id: 'i-later',
      personIds: ['p-dana', 'p-later'],
    };
    expect(await writer.upsertBatch(tenantId, 'interactions', writeRows([meeting]))).toEqual({
      counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      reported: [{ ref: 0, outcome: 'created', missing: ['personIds:p-later'] }],
    });
    // Still missing: nothing to do.
    expect(await writer.upsertBatch(tenantId, 'interactions', writeRows([meeting]))).toEqual({
      counts: { created: 0, updated: 0, unchanged: 1, rejected: 0 },
      reported: [{ ref: 0, outcome: 'unchanged', missing: ['personIds:p-later'] }],
    });
    const later = { ...everyKindPortfolio().people[1], id: 'p-later', reportsToId: null };
    await writer.upsertBatch(tenantId, 'people', writeRows([later]));
    // The same row again: now the person is there, so the interaction is updated with them; a
    // row with nothing missing is only counted, not returned.
    expect(await writer.upsertBatch(tenantId, 'interactions', writeRows([meeting]))).toEqual({
      counts: { created: 0, updated: 1, unchanged: 0, rejected: 0 },
      reported: [],
    });
    // An interaction of an account not in the graph is rejected and not written.
    const stray = { ...meeting, id: 'i-stray', accountId: 'acc-none' };
    expect(await writer.upsertBatch(tenantId, 'interactions', writeRows([meeting, stray]))).toEqual({
      counts: { created: 0, updated: 0, unchanged: 1, rejected: 1 },
      reported: [{ ref: 1, outcome: 'rejected', missing: ['accountId'] }],
    });
    expect(
      await one<number>(
        "MATCH (i:Interaction {tenantId: $tenantId, id: 'i-stray'}) RETURN count(i)",
        tenantId,
      ),
    ).toEqual([0]);
    expect(
      await one<number>(
        "MATCH (:Person {tenantId: $tenantId, id: 'p-later'})-[r:PARTICIPATED_IN]->(:Interaction {id: 'i-later'}) RETURN count(r)",
        tenantId,
      ),
    ).toEqual([1]);
  });

  it.each([...new Set(WRITE_STEPS.map((step) => step.query))].map((name) => [name]))(
    '%s reads nothing that grows with the graph',
    async (name) => {
      const plan = operators(
        await graph.db.explain(graph.db.prepare(name), { rows: [], columns: {}, tenantId: 't' }),
      );
      expect(plan.filter(growing).map((op) => `${op.operator} ${op.details}`)).toEqual([]);
    },
  );

  it('keeps one role assignment per person, account, role and start: updated in place, twins in a batch made once', async () => {
    const tenantId = testTenant('writes-roles');
    await writeAll(tenantId, everyKindPortfolio());
    const [first] = everyKindPortfolio().roleAssignments;
    if (!first) throw new Error('the fixture has role assignments');
    const ended = { ...first, until: '2026-06-30' };
    const later = { ...first, since: '2026-07-01', until: null };
    const rows = writeRows([ended, later, later]);
    // The twin (set-wise since round 7) is created by its first row and then found unchanged.
    expect((await writer.upsertBatch(tenantId, 'roleAssignments', rows)).counts).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
      rejected: 0,
    });
    expect(
      await one<string[]>(
        `MATCH (:Person {tenantId: $tenantId, id: $personId})-[r:PLAYS_ROLE {role: $role}]->(:Account {id: $accountId})
         WITH r ORDER BY r.since RETURN [toString(r.since), toString(r.until)]`,
        tenantId,
        { ...first },
      ),
    ).toEqual([
      [first.since, '2026-06-30'],
      ['2026-07-01', null],
    ]);
  });

  it('only creates rows marked keepExisting: a derived unit does not overwrite a fuller one', async () => {
    const tenantId = testTenant('writes-keep');
    await writeAll(tenantId, everyKindPortfolio());
    const derived = {
      id: 'bu-nw-fin',
      accountId: 'acc-nw',
      name: 'Finance',
      kind: 'DEPARTMENT',
      headcount: null,
    };
    const fresh = { ...derived, id: 'bu-nw-legal', name: 'Legal' };
    const rows = writeRows([derived, fresh]).map((row) => ({ ...row, keepExisting: true }));
    expect(await writer.upsertBatch(tenantId, 'businessUnits', rows)).toEqual({
      counts: { created: 1, updated: 0, unchanged: 1, rejected: 0 },
      reported: [],
    });
    expect(
      await one<number>(
        "MATCH (u:BusinessUnit {tenantId: $tenantId, id: 'bu-nw-fin'}) RETURN u.headcount",
        tenantId,
      ),
    ).toEqual([120]);
  });

  it('tells which ids a tenant already has, and only its own', async () => {
    const tenantId = testTenant('writes-ids');
    await writeAll(tenantId, everyKindPortfolio());
    expect(await writer.existingIds(tenantId, 'accounts', ['acc-nw', 'acc-missing'])).toEqual(['acc-nw']);
    expect(await writer.existingIds(tenantId, 'people', ['p-eli', 'acc-nw'])).toEqual(['p-eli']);
    expect(await writer.existingIds(testTenant('other'), 'accounts', ['acc-nw'])).toEqual([]);
  });

  it('still writes a whole portfolio for the demo seed and the tests', async () => {
    const tenantId = testTenant('writes-seed');
    await seedTenant(graph.db, tenantId, everyKindPortfolio());
    const viaUpserts = testTenant('writes-upserts');
    await writeAll(viaUpserts, everyKindPortfolio());
    expect(await graphCounts(graph.driver, tenantId)).toEqual(await graphCounts(graph.driver, viaUpserts));
  });
});
