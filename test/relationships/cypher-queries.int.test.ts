import type { PlanOperator } from '../../src/db/cypher-executor';
import { DepartureRepository } from '../../src/repositories/departure.repository';
import { PathRepository } from '../../src/repositories/path.repository';
import { RelationshipRepository } from '../../src/repositories/relationship.repository';
import { ThreadingRepository } from '../../src/repositories/threading.repository';
import { connectTestGraph, type TestGraph } from '../support/graph';
import { daysBefore, REL_NOW, relationshipPortfolio } from '../support/relationship-fixtures';
import { seedTenant } from '../support/seed';

/** Each Cypher file of this area against the hand-built graph in relationship-fixtures.ts. */
describe('relationship, threading, departure and path queries', () => {
  let graph: TestGraph;
  let relationships: RelationshipRepository;
  let threading: ThreadingRepository;
  let departures: DepartureRepository;
  let paths: PathRepository;
  const year = { since: daysBefore(365), until: new Date(REL_NOW.getTime() + 1).toISOString() };

  beforeAll(async () => {
    graph = connectTestGraph('rel-cypher');
    await seedTenant(graph.db, graph.tenantId, relationshipPortfolio());
    relationships = new RelationshipRepository(graph.db);
    threading = new ThreadingRepository(graph.db);
    departures = new DepartureRepository(graph.db);
    paths = new PathRepository(graph.db);
  });
  afterAll(() => graph.close());

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('pair-interactions-by-account-ids: one row per pair, interactions oldest first, in the window', async () => {
    const pairs = await relationships.byAccountIds(graph.tenantId, ['acc-acme', 'acc-quiet'], year);
    // Otto's meeting (o1) was 400 days ago: outside a 365-day window.
    expect(pairs.get('acc-acme')!.map((p) => [p.teamMember.id, p.personId, ids(p.interactions)])).toEqual([
      ['tm-ae', 'p-ana', ['c4']],
      ['tm-ae', 'p-felix', ['f1']],
      ['tm-ae', 'p-sam', ['c4', 'c1', 'c3']],
      ['tm-csm', 'p-ana', ['c4', 'a1']],
      ['tm-csm', 'p-ian', ['i1']],
      ['tm-csm', 'p-sam', ['c4', 'c2']],
    ]);
    expect(pairs.get('acc-quiet')).toEqual([]);
    const [first] = pairs.get('acc-acme')!;
    expect(first).toEqual({
      accountId: 'acc-acme',
      teamMember: { id: 'tm-ae', name: 'Avery Exec', email: 'avery@us.example', title: 'Account Executive' },
      personId: 'p-ana',
      interactions: [{ id: 'c4', type: 'QBR', direction: 'MUTUAL', occurredAt: '2026-10-02T00:00:00.000Z' }],
    });
  });

  it('pair-interactions-by-person-ids: the same pairs from the people, bounded by the window', async () => {
    const byPerson = await relationships.byPersonIds(graph.tenantId, ['p-sam', 'p-otto'], year);
    expect(byPerson.get('p-sam')!.map((p) => [p.teamMember.id, ids(p.interactions)])).toEqual([
      ['tm-ae', ['c4', 'c1', 'c3']],
      ['tm-csm', ['c4', 'c2']],
    ]);
    expect(byPerson.get('p-otto')).toEqual([]);
    const longer = await relationships.byPersonIds(graph.tenantId, ['p-otto'], {
      ...year,
      since: daysBefore(500),
    });
    expect(longer.get('p-otto')!.map((p) => [p.accountId, p.teamMember.id, ids(p.interactions)])).toEqual([
      ['acc-acme', 'tm-csm', ['o1']],
    ]);
    // `until` is exclusive: nothing at or after it counts.
    const before = await relationships.byPersonIds(graph.tenantId, ['p-sam'], {
      since: daysBefore(365),
      until: daysBefore(10),
    });
    expect(before.get('p-sam')!.map((p) => ids(p.interactions))).toEqual([['c4'], ['c4', 'c2']]);
  });

  it('people-by-account-ids: everyone ever there, with their whole role history', async () => {
    const people = await threading.peopleByAccountIds(graph.tenantId, ['acc-solo', 'acc-acme']);
    expect(ids(people.get('acc-solo')!)).toEqual(['p-bo', 'p-cy', 'p-dee']);
    expect(people.get('acc-solo')![1]).toEqual({
      id: 'p-cy',
      accountId: 'acc-solo',
      name: 'Cy Champion',
      title: null,
      seniority: 'MANAGER',
      department: 'IT',
      businessUnitId: null,
      reportsToId: 'p-bo',
      status: 'ACTIVE',
      startedAt: '2020-01-01',
      departedAt: null,
      roles: [{ role: 'CHAMPION', since: '2024-01-01', until: null }],
    });
    const otto = people.get('acc-acme')!.find((p) => p.id === 'p-otto');
    expect(otto).toMatchObject({
      status: 'DEPARTED',
      departedAt: '2026-01-01',
      reportsToId: 'p-olive',
      roles: [],
    });
    expect(people.get('acc-acme')).toHaveLength(7);
  });

  it('influence-by-account-ids: who sways whom inside each account', async () => {
    const influence = await threading.influenceByAccountIds(graph.tenantId, ['acc-acme', 'acc-solo']);
    expect(influence.get('acc-acme')).toEqual([
      { fromPersonId: 'p-ian', toPersonId: 'p-ana', weight: 0.4, kind: 'INFORMAL' },
      { fromPersonId: 'p-sam', toPersonId: 'p-felix', weight: 0.6, kind: 'INFORMAL' },
    ]);
    expect(influence.get('acc-solo')).toEqual([]);
  });

  it('portfolio-accounts: every account with the ARR of its active subscriptions', async () => {
    // Acme: 150,000 + 50,000 (the cancelled 9,000 does not count).
    expect(await threading.portfolioAccounts(graph.tenantId)).toEqual([
      { id: 'acc-acme', name: 'Acme Health', arr: 200_000 },
      { id: 'acc-quiet', name: 'Quiet Labs', arr: 10_000 },
      { id: 'acc-solo', name: 'Solo Retail', arr: 30_000 },
    ]);
  });

  it('candidate-paths: simple routes over reporting lines and influence, either way, within the hop limit', async () => {
    const query = {
      accountId: 'acc-acme',
      entryIds: ['p-ian'],
      targetIds: ['p-felix'],
      maxPersonHops: 3,
      maxCandidatePaths: 100,
      day: '2026-12-01',
    };
    const routes = await paths.routes(graph.tenantId, query);
    // Ian → Cora (reports to) → Felix (Felix reports to Cora): 2 hops.
    // Ian → Ana (influences) → Sam (Ana reports to Sam) → Felix (Sam influences Felix): 3 hops.
    expect(
      routes.map((r) => [ids(r.people), r.links.map((l) => `${l.fromId}-${l.kind}->${l.toId}`)]),
    ).toEqual([
      [
        ['p-ian', 'p-cora', 'p-felix'],
        ['p-ian-REPORTS_TO->p-cora', 'p-felix-REPORTS_TO->p-cora'],
      ],
      [
        ['p-ian', 'p-ana', 'p-sam', 'p-felix'],
        ['p-ian-INFLUENCES->p-ana', 'p-ana-REPORTS_TO->p-sam', 'p-sam-INFLUENCES->p-felix'],
      ],
    ]);
    expect(routes[1]!.links[0]!.weight).toBe(0.4);
    expect(await paths.routes(graph.tenantId, { ...query, maxPersonHops: 1 })).toEqual([]);
    expect(await paths.routes(graph.tenantId, { ...query, maxCandidatePaths: 1 })).toHaveLength(1);
    // A person we know directly is a route of no hops; someone who left is on no route.
    const self = await paths.routes(graph.tenantId, { ...query, entryIds: ['p-sam'], targetIds: ['p-sam'] });
    expect(self.map((r) => [ids(r.people), r.links])).toEqual([[['p-sam'], []]]);
    const departed = await paths.routes(graph.tenantId, {
      ...query,
      entryIds: ['p-olive'],
      targetIds: ['p-otto'],
    });
    expect(departed).toEqual([]);
    // Before Otto left (day 2025-12-31) he could be reached through his manager.
    const earlier = await paths.routes(graph.tenantId, {
      ...query,
      entryIds: ['p-olive'],
      targetIds: ['p-otto'],
      day: '2025-12-31',
    });
    expect(earlier.map((r) => ids(r.people))).toEqual([['p-olive', 'p-otto']]);
  });

  it('open-opportunities, owned-objectives and tickets-raised: what a departure touches', async () => {
    const opportunities = await departures.openOpportunities(graph.tenantId, 'p-sam');
    // The won deal is not open; each open one comes with every contact on it.
    expect(
      opportunities.map((o) => [o.id, o.closeDate, o.contacts.map((c) => `${c.personId}:${c.role}`).sort()]),
    ).toEqual([
      ['opp-renewal', '2027-01-01', ['p-felix:ECONOMIC_BUYER', 'p-sam:CHAMPION']],
      ['opp-expansion', '2027-02-01', ['p-ana:END_USER', 'p-sam:CHAMPION']],
    ]);
    expect(opportunities[0]).toMatchObject({ name: 'Acme opp-renewal', amount: 200_000, stage: 'Proposal' });
    expect(await departures.ownedObjectives(graph.tenantId, 'p-sam')).toEqual([
      { id: 'obj-cycle', title: 'Cut order-to-ship time by 30%', status: 'ACTIVE', dueDate: '2027-06-30' },
    ]);
    // Last 180 days: Ian's ticket 40 days ago (not the one 200 days ago) and Ana's 10 days ago.
    const tickets = await departures.ticketsRaised(graph.tenantId, 'acc-acme', {
      since: daysBefore(180),
      until: REL_NOW.toISOString(),
    });
    expect(Object.fromEntries(tickets)).toEqual({ 'p-ana': 1, 'p-ian': 1 });
  });

  it('mark-departed: status, date and every open role end together, once', async () => {
    const written = await departures.markDeparted(graph.tenantId, 'p-dee', '2026-11-30');
    expect(written).toEqual({
      personId: 'p-dee',
      departedAt: '2026-11-30',
      ended: [{ role: 'END_USER', since: '2024-01-01', until: '2026-11-30', accountId: 'acc-solo' }],
    });
    const solo = (await threading.peopleByAccountIds(graph.tenantId, ['acc-solo'])).get('acc-solo')!;
    expect(solo.find((p) => p.id === 'p-dee')).toMatchObject({
      status: 'DEPARTED',
      departedAt: '2026-11-30',
      roles: [{ role: 'END_USER', since: '2024-01-01', until: '2026-11-30' }],
    });
    // Others are untouched; a second call (or an unknown person) writes nothing.
    expect(solo.find((p) => p.id === 'p-cy')!.roles).toEqual([
      { role: 'CHAMPION', since: '2024-01-01', until: null },
    ]);
    expect(await departures.markDeparted(graph.tenantId, 'p-dee', '2026-11-29')).toBeNull();
    expect(await departures.markDeparted(graph.tenantId, 'p-nobody', '2026-11-29')).toBeNull();
    const again = (await threading.peopleByAccountIds(graph.tenantId, ['acc-solo'])).get('acc-solo')!;
    expect(again.find((p) => p.id === 'p-dee')!.departedAt).toBe('2026-11-30');
  });

  it('portfolio-wide reads seek indexes: the tenant index and the (tenantId, id) keys, never a label scan', async () => {
    const operators = (plan: PlanOperator): PlanOperator[] => [plan, ...plan.children.flatMap(operators)];
    const planOf = async (name: string) => operators(await graph.db.explain(graph.db.prepare(name)));
    const portfolio = await planOf('threading/portfolio-accounts');
    expect(
      portfolio.some((o) => o.operator === 'NodeIndexSeek' && /Account\(tenantId\)/.test(o.details)),
    ).toBe(true);
    for (const name of [
      'threading/portfolio-accounts',
      'threading/people-by-account-ids',
      'threading/influence-by-account-ids',
      'relationships/pair-interactions-by-account-ids',
      'relationships/pair-interactions-by-person-ids',
      'departure/tickets-raised',
      'departure/open-opportunities',
      'paths/candidate-paths',
    ]) {
      const plan = await planOf(name);
      expect([
        name,
        plan.filter((o) => /LabelScan|AllNodesScan/.test(o.operator)).map((o) => o.operator),
      ]).toEqual([name, []]);
      expect([name, plan.some((o) => /IndexSeek/.test(o.operator))]).toEqual([name, true]);
    }
  });
});
