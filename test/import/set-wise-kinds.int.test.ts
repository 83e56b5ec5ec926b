import type { PortfolioRecords } from '../../src/domain/graph-records';
import {
  PortfolioWriteRepository,
  markTwins,
  type RecordKind,
} from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { connectTestGraph, firstColumn, testTenant, type TestGraph } from '../support/graph';
import { seedTenant } from '../support/seed';
import { everyKindPortfolio } from './write-fixtures';
import { writeRows } from '../support/write-rows';

/** What a test of one relationship kind needs: an existing record, a new one, a rejected one. */
interface RelationshipCase {
  kind: RecordKind;
  /** The relationship type and its start node's label, from this table only (never input). */
  type: string;
  from: string;
  existing: (p: PortfolioRecords) => object;
  fresh: object;
  rejected: object;
  rejectedBy: string;
  /** The existing record with one field changed. */
  changed: (existing: object) => object;
}

/** The same for a node kind; `missing` is an optional reference of `fresh` not in the graph. */
interface NodeCase {
  kind: RecordKind;
  label: string;
  existing: (p: PortfolioRecords) => object;
  fresh: (existing: object) => object;
  missing: string[];
  /** Relationships the new node has (its missing reference not among them). */
  links: number;
  rejected: (existing: object) => object;
  rejectedBy: string[];
}

const first = <T>(list: readonly T[]): T => {
  const [item] = list;
  if (item === undefined) throw new Error('the fixture has one of each kind');
  return item;
};

const RELATIONSHIPS: RelationshipCase[] = [
  {
    kind: 'influences',
    type: 'INFLUENCES',
    from: 'Person',
    existing: (p) => first(p.influences),
    fresh: { fromPersonId: 'p-clara', toPersonId: 'p-victor', weight: 0.5, kind: 'FORMAL', source: null },
    rejected: { fromPersonId: 'p-nobody', toPersonId: 'p-victor', weight: 0.5, kind: 'FORMAL', source: null },
    rejectedBy: 'fromPersonId',
    changed: (r) => ({ ...r, weight: 0.1 }),
  },
  {
    kind: 'roleAssignments',
    type: 'PLAYS_ROLE',
    from: 'Person',
    existing: (p) => first(p.roleAssignments),
    fresh: {
      personId: 'p-clara',
      accountId: 'acc-nw',
      role: 'EXECUTIVE_SPONSOR',
      since: '2024-01-01',
      until: null,
      source: 'crm',
    },
    rejected: {
      personId: 'p-clara',
      accountId: 'acc-none',
      role: 'EXECUTIVE_SPONSOR',
      since: '2024-01-01',
      until: null,
      source: 'crm',
    },
    rejectedBy: 'accountId',
    changed: (r) => ({ ...r, until: '2026-12-31' }),
  },
  {
    kind: 'coverage',
    type: 'COVERS',
    from: 'TeamMember',
    existing: (p) => first(p.coverage),
    fresh: { teamMemberId: 'tm-ae', accountId: 'acc-nw', role: 'CSM', since: '2024-01-01' },
    rejected: { teamMemberId: 'tm-nobody', accountId: 'acc-nw', role: 'CSM', since: '2024-01-01' },
    rejectedBy: 'teamMemberId',
    changed: (r) => ({ ...r, since: '2021-01-01' }),
  },
  {
    kind: 'opportunityContactRoles',
    type: 'CONTACT_ROLE',
    from: 'Person',
    existing: (p) => first(p.opportunityContactRoles),
    fresh: { opportunityId: 'opp-1', personId: 'p-dana', role: 'CHAMPION', isPrimary: false },
    rejected: { opportunityId: 'opp-none', personId: 'p-dana', role: 'CHAMPION', isPrimary: false },
    rejectedBy: 'opportunityId',
    changed: (r) => ({ ...r, isPrimary: false }),
  },
  {
    kind: 'competitorPresence',
    type: 'USES_COMPETITOR',
    from: 'Account',
    existing: (p) => first(p.competitorPresence),
    fresh: { accountId: 'acc-nw', competitorId: 'comp-rival', businessUnitId: null, since: '2024-01-01' },
    rejected: { accountId: 'acc-nw', competitorId: 'comp-none', businessUnitId: null, since: '2024-01-01' },
    rejectedBy: 'competitorId',
    changed: (r) => ({ ...r, since: '2021-01-01' }),
  },
];

const NODES: NodeCase[] = [
  {
    kind: 'businessUnits',
    label: 'BusinessUnit',
    existing: (p) => first(p.businessUnits),
    fresh: (r) => ({ ...r, id: 'bu-new', name: 'Legal' }),
    missing: [],
    links: 1,
    rejected: (r) => ({ ...r, id: 'bu-stray', accountId: 'acc-none' }),
    rejectedBy: ['accountId'],
  },
  {
    kind: 'opportunities',
    label: 'Opportunity',
    existing: (p) => first(p.opportunities),
    fresh: (r) => ({ ...r, id: 'opp-new', ownerId: 'tm-nobody' }),
    missing: ['ownerId'],
    links: 2,
    rejected: (r) => ({ ...r, id: 'opp-stray', accountId: 'acc-none' }),
    rejectedBy: ['accountId'],
  },
  {
    kind: 'subscriptions',
    label: 'Subscription',
    existing: (p) => first(p.subscriptions),
    fresh: (r) => ({ ...r, id: 'sub-new', businessUnitId: 'bu-none' }),
    missing: ['businessUnitId'],
    links: 2,
    rejected: (r) => ({ ...r, id: 'sub-stray', productId: 'prod-none' }),
    rejectedBy: ['productId'],
  },
  {
    kind: 'objectives',
    label: 'Objective',
    existing: (p) => first(p.objectives),
    fresh: (r) => ({ ...r, id: 'obj-new', ownerPersonId: 'p-nobody' }),
    missing: ['ownerPersonId'],
    links: 1,
    rejected: (r) => ({ ...r, id: 'obj-stray', accountId: 'acc-none' }),
    rejectedBy: ['accountId'],
  },
];

/**
 * The set-wise upserts of round 7 (the kinds people and interactions did not cover): a batch
 * mixing an existing record, a new one, the new one again and one with a missing reference is
 * split into unchanged, created (once), unchanged twin and rejected; the same batch again changes
 * nothing; an existing record with a changed field is updated in place.
 */
describe('set-wise upserts of relationships and the smaller node kinds', () => {
  let graph: TestGraph;
  let writer: PortfolioWriter;
  beforeAll(() => {
    graph = connectTestGraph('import-set-wise-kinds');
    writer = new PortfolioWriter(new PortfolioWriteRepository(graph.db));
  });
  afterAll(() => graph.close());

  const one = async <T>(query: string, params: Record<string, unknown>): Promise<T> =>
    (await firstColumn<T>(graph.driver, query, params))[0] as T;

  /** The portfolio seeded, then `kind` upserted so its records carry their stamps. */
  async function stamped(tenantId: string, kind: RecordKind): Promise<PortfolioRecords> {
    const portfolio = everyKindPortfolio();
    await seedTenant(graph.db, tenantId, portfolio);
    await writer.upsertBatch(tenantId, kind, writeRows(portfolio[kind]));
    return portfolio;
  }

  it('marks a repeated relationship key as a twin, whatever the other fields', () => {
    const fields = ['fromPersonId', 'toPersonId'];
    const rows = [
      { fromPersonId: 'a', toPersonId: 'b', weight: 1 },
      { fromPersonId: 'b', toPersonId: 'a', weight: 1 },
      { fromPersonId: 'a', toPersonId: 'b', weight: 0.5 },
    ];
    expect(markTwins(rows, fields)).toEqual([rows[0], rows[1], { ...rows[2], twin: true }]);
  });

  it.each(RELATIONSHIPS)(
    '$kind: new, existing, repeated and rejected rows in one batch; the same batch again unchanged',
    async ({ kind, type, from, existing, fresh, rejected, rejectedBy, changed }) => {
      const tenantId = testTenant(`set-wise-${kind}`);
      const portfolio = await stamped(tenantId, kind);
      const count = () =>
        one<number>(`MATCH (:${from} {tenantId: $tenantId})-[r:${type}]->() RETURN count(r)`, {
          tenantId,
        });
      const before = await count();
      const known = existing(portfolio);
      const batch = writeRows([known, fresh, fresh, rejected]);
      expect(await writer.upsertBatch(tenantId, kind, batch)).toEqual({
        counts: { created: 1, updated: 0, unchanged: 2, rejected: 1 },
        reported: [{ ref: 3, outcome: 'rejected', missing: [rejectedBy] }],
      });
      expect(await count()).toBe(before + 1);

      expect((await writer.upsertBatch(tenantId, kind, batch)).counts).toEqual({
        created: 0,
        updated: 0,
        unchanged: 3,
        rejected: 1,
      });
      const update = writeRows([changed(known)]);
      expect((await writer.upsertBatch(tenantId, kind, update)).counts).toMatchObject({ updated: 1 });
      expect((await writer.upsertBatch(tenantId, kind, update)).counts).toMatchObject({ unchanged: 1 });
      expect(await count()).toBe(before + 1);
    },
  );

  it.each(NODES)(
    '$kind: a new node with its relationships, a missing reference remembered, a twin, a rejected row',
    async ({ kind, label, existing, fresh, missing, links, rejected, rejectedBy }) => {
      const tenantId = testTenant(`set-wise-${kind}`);
      const portfolio = await stamped(tenantId, kind);
      const known = existing(portfolio);
      const created = fresh(known);
      const batch = writeRows([known, created, created, rejected(known)]);
      const reportedMissing = (ref: number, outcome: string) =>
        missing.length > 0 ? [{ ref, outcome, missing }] : [];
      expect(await writer.upsertBatch(tenantId, kind, batch)).toEqual({
        counts: { created: 1, updated: 0, unchanged: 2, rejected: 1 },
        reported: [
          ...reportedMissing(1, 'created'),
          ...reportedMissing(2, 'unchanged'),
          { ref: 3, outcome: 'rejected', missing: rejectedBy },
        ],
      });
      const id = (created as { id: string }).id;
      const stray = (rejected(known) as { id: string }).id;
      // The new node once, with its relationships; nothing of the rejected row.
      expect(
        await one<unknown[]>(
          `MATCH (n:${label} {tenantId: $tenantId}) WHERE n.id IN [$id, $stray]
           RETURN collect([n.id, COUNT { (n)--() }])`,
          { tenantId, id, stray },
        ),
      ).toEqual([[id, links]]);

      // The stamp remembers the missing reference: the same batch again changes nothing.
      expect((await writer.upsertBatch(tenantId, kind, batch)).counts).toEqual({
        created: 0,
        updated: 0,
        unchanged: 3,
        rejected: 1,
      });
    },
  );
});
