import type { PortfolioRecords } from '../../src/domain/graph-records';
import { PortfolioWriteRepository, markTwins } from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { connectTestGraph, firstColumn, testTenant, type TestGraph } from '../support/graph';
import { seedTenant } from '../support/seed';
import { everyKindPortfolio } from './write-fixtures';
import { writeRows } from '../support/write-rows';

type Interaction = PortfolioRecords['interactions'][number];
type Person = PortfolioRecords['people'][number];

/**
 * The set-wise upserts of people and interactions (round 6): one batch split into rejected, new
 * and existing rows, new ones CREATEd, missing participants found once per batch. What a batch
 * mixing every case reports, and what the graph holds after it and after the same batch again.
 */
describe('set-wise upserts of people and interactions', () => {
  let graph: TestGraph;
  let writer: PortfolioWriter;
  beforeAll(() => {
    graph = connectTestGraph('import-set-wise');
    writer = new PortfolioWriter(new PortfolioWriteRepository(graph.db));
  });
  afterAll(() => graph.close());

  const one = <T>(query: string, tenantId: string): Promise<T[]> =>
    firstColumn<T>(graph.driver, query, { tenantId });

  /** The portfolio seeded, then its people and interactions upserted so they carry their stamps. */
  async function stamped(tenantId: string): Promise<PortfolioRecords> {
    const portfolio = everyKindPortfolio();
    await seedTenant(graph.db, tenantId, portfolio);
    await writer.upsertBatch(tenantId, 'people', writeRows(portfolio.people));
    await writer.upsertBatch(tenantId, 'interactions', writeRows(portfolio.interactions));
    return portfolio;
  }

  const participants = (tenantId: string, id: string) =>
    one<string[]>(
      `MATCH (i:Interaction {tenantId: $tenantId, id: '${id}'})
       RETURN [(x)-[:PARTICIPATED_IN]->(i) | x.id] + [(i)-[:WITH_ACCOUNT]->(a) | a.id]`,
      tenantId,
    ).then((lists) => lists.map((list) => [...list].sort()));

  it('marks a repeated id in a batch as a twin, and only that row', () => {
    const rows = [{ id: 'x' }, { id: 'y' }, { id: 'x' }, { other: 1 }];
    expect(markTwins(rows)).toEqual([{ id: 'x' }, { id: 'y' }, { id: 'x', twin: true }, { other: 1 }]);
    const unique = [{ id: 'x' }, { id: 'y' }];
    expect(markTwins(unique)).toBe(unique);
  });

  it('writes interactions new, existing, repeated, with a participant missing or an account missing in one batch', async () => {
    const tenantId = testTenant('set-wise-interactions');
    const portfolio = await stamped(tenantId);
    const [first, second] = portfolio.interactions as [Interaction, Interaction, ...Interaction[]];
    const fresh: Interaction = {
      ...first,
      id: 'i-new',
      // The same team member twice, and a contact nobody has imported yet.
      teamMemberIds: ['tm-ae', 'tm-ae'],
      personIds: ['p-dana', 'p-nobody'],
    };
    const batch = [
      first, // unchanged
      { ...second, subject: 'Renewal kick-off' }, // updated
      fresh, // created, p-nobody missing
      fresh, // the same id again in the batch: written once, then found unchanged
      { ...fresh, id: 'i-stray', accountId: 'acc-none' }, // rejected
    ];
    expect(await writer.upsertBatch(tenantId, 'interactions', writeRows(batch))).toEqual({
      counts: { created: 1, updated: 1, unchanged: 2, rejected: 1 },
      reported: [
        { ref: 2, outcome: 'created', missing: ['personIds:p-nobody'] },
        { ref: 3, outcome: 'unchanged', missing: ['personIds:p-nobody'] },
        { ref: 4, outcome: 'rejected', missing: ['accountId'] },
      ],
    });
    expect(await participants(tenantId, 'i-new')).toEqual([['acc-nw', 'p-dana', 'tm-ae']]);
    expect(
      await one<number>(
        "MATCH (i:Interaction {tenantId: $tenantId, id: 'i-stray'}) RETURN count(i)",
        tenantId,
      ),
    ).toEqual([0]);
    expect(
      await one<string>("MATCH (i:Interaction {tenantId: $tenantId, id: 'i-2'}) RETURN i.subject", tenantId),
    ).toEqual(['Renewal kick-off']);

    // The same batch again: nothing to do, the missing contact still reported.
    const again = await writer.upsertBatch(tenantId, 'interactions', writeRows(batch));
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 1 });
    expect(await participants(tenantId, 'i-new')).toEqual([['acc-nw', 'p-dana', 'tm-ae']]);
  });

  it('links a new person to a manager anywhere in the batch and remembers one not yet imported', async () => {
    const tenantId = testTenant('set-wise-people');
    const portfolio = await stamped(tenantId);
    const [existing, other] = portfolio.people as [Person, Person, ...Person[]];
    const report: Person = { ...existing, id: 'p-report', reportsToId: 'p-boss', businessUnitId: 'bu-none' };
    const boss: Person = { ...existing, id: 'p-boss', reportsToId: 'p-later' };
    const batch = [
      report, // created; its manager comes later in the same batch; its unit is not in the graph
      existing, // unchanged
      { ...other, title: 'Chief Everything Officer' }, // updated
      boss, // created; its manager is in no batch yet
      report, // twin: unchanged
      { ...boss, id: 'p-stray', accountId: 'acc-none' }, // rejected
    ];
    expect(await writer.upsertBatch(tenantId, 'people', writeRows(batch))).toEqual({
      counts: { created: 2, updated: 1, unchanged: 2, rejected: 1 },
      reported: [
        { ref: 0, outcome: 'created', missing: ['businessUnitId'] },
        { ref: 3, outcome: 'created', missing: ['reportsToId'] },
        { ref: 4, outcome: 'unchanged', missing: ['businessUnitId'] },
        { ref: 5, outcome: 'rejected', missing: ['accountId'] },
      ],
    });
    expect(
      await one<string[]>(
        `MATCH (p:Person {tenantId: $tenantId})-[:REPORTS_TO]->(m) WHERE p.id IN ['p-report', 'p-boss']
         RETURN [p.id, m.id]`,
        tenantId,
      ),
    ).toEqual([['p-report', 'p-boss']]);
    expect(
      await one<number>("MATCH (p:Person {tenantId: $tenantId, id: 'p-stray'}) RETURN count(p)", tenantId),
    ).toEqual([0]);

    // The same batch again: the stamp remembered both missing references, so nothing changed.
    expect((await writer.upsertBatch(tenantId, 'people', writeRows(batch))).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 5,
      rejected: 1,
    });
    // The manager comes; the forward link links p-boss and clears its stamp's mark: unchanged after.
    await writer.upsertBatch(
      tenantId,
      'people',
      writeRows([{ ...existing, id: 'p-later', reportsToId: null }]),
    );
    expect(
      await writer.linkBatch(tenantId, 'people', [{ ref: 0, id: 'p-boss', reportsToId: 'p-later' }]),
    ).toEqual([{ ref: 0, resolved: true }]);
    expect((await writer.upsertBatch(tenantId, 'people', writeRows([boss]))).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      rejected: 0,
    });
  });

  it('creates a new ticket, NPS answer and usage snapshot with their relationships, a repeated id once', async () => {
    const tenantId = testTenant('set-wise-created');
    const portfolio = await stamped(tenantId);
    const [ticket] = portfolio.tickets;
    const [answer] = portfolio.npsResponses;
    const [snapshot] = portfolio.usageSnapshots;
    if (!ticket || !answer || !snapshot) throw new Error('the fixture has one of each');
    const kinds = [
      ['tickets', { ...ticket, id: 'tkt-new' }, 'SupportTicket'],
      ['npsResponses', { ...answer, id: 'nps-new' }, 'NpsResponse'],
      ['usageSnapshots', { ...snapshot, id: 'use-new', businessUnitId: 'bu-nw-fin' }, 'UsageSnapshot'],
    ] as const;
    for (const [kind, record, label] of kinds) {
      expect((await writer.upsertBatch(tenantId, kind, writeRows([record, record]))).counts).toEqual({
        created: 1,
        updated: 1,
        unchanged: 0,
        rejected: 0,
      });
      expect(
        await one<number>(
          `MATCH (n:${label} {tenantId: $tenantId, id: '${record.id}'}) RETURN COUNT { (n)--() }`,
          tenantId,
        ),
      ).toEqual([2]);
      expect((await writer.upsertBatch(tenantId, kind, writeRows([record]))).counts).toEqual({
        created: 0,
        updated: 0,
        unchanged: 1,
        rejected: 0,
      });
    }
  });
});
