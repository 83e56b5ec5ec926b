import { ExpansionOpportunityRepository } from '../../src/repositories/expansion-opportunity.repository';
import { connectTestGraph, type TestGraph } from '../support/graph';
import { seedTenant } from '../support/seed';
import { opportunityPortfolio, oppClock } from './opportunity-fixtures';

/** Each Cypher file of cypher/opportunities against the hand-built graph in opportunity-fixtures.ts. */
describe('expansion opportunity queries', () => {
  let graph: TestGraph;
  let repository: ExpansionOpportunityRepository;
  const accounts = ['acc-peak', 'acc-ember', 'acc-none'];
  const until = new Date(oppClock().getTime() + 1).toISOString();

  beforeAll(async () => {
    graph = connectTestGraph('opp-cypher');
    await seedTenant(graph.db, graph.tenantId, opportunityPortfolio());
    repository = new ExpansionOpportunityRepository(graph.db);
  });
  afterAll(() => graph.close());

  it('pipeline-by-account-ids: open opportunities of the asked types, with product and contact roles', async () => {
    const expansion = await repository.pipeline(graph.tenantId, accounts, ['EXPANSION']);
    // opp-peak-won is WON and opp-peak-renewal a RENEWAL: neither is asked for.
    expect(expansion.get('acc-peak')).toEqual([]);
    expect(expansion.get('acc-none')).toEqual([]);
    expect(expansion.get('acc-ember')).toEqual([
      {
        id: 'opp-ember-seats',
        accountId: 'acc-ember',
        name: 'Ember - Core seats',
        type: 'EXPANSION',
        stage: 'Discovery',
        amount: 25_000,
        closeDate: '2026-12-15',
        productId: 'prod-core',
        contacts: [{ personId: 'p-ron', name: 'Ron Reyes', role: 'ECONOMIC_BUYER', isPrimary: true }],
      },
    ]);
    const renewals = await repository.pipeline(graph.tenantId, ['acc-peak'], ['RENEWAL']);
    expect(renewals.get('acc-peak')!.map((o) => [o.id, o.contacts])).toEqual([['opp-peak-renewal', []]]);
  });

  it('inbound-requests-by-account-ids: INBOUND only, in the window, with a keyword in the subject', async () => {
    const sixtyDays = { since: '2026-09-16T00:00:00.000Z', until, keywords: ['seat', 'True-Up'] };
    // i-peak-out is ours (OUTBOUND); i-peak-old (2026-09-01) is before the window; "Quick check-in" has no keyword.
    expect((await repository.inboundRequests(graph.tenantId, accounts, sixtyDays)).get('acc-peak')).toEqual(
      [],
    );
    const longer = await repository.inboundRequests(graph.tenantId, ['acc-peak'], {
      ...sixtyDays,
      since: '2026-08-01T00:00:00.000Z',
    });
    expect(longer.get('acc-peak')).toEqual([
      {
        id: 'i-peak-old',
        accountId: 'acc-peak',
        type: 'EMAIL',
        subject: 'Seat true-up question',
        occurredAt: '2026-09-01T09:00:00.000Z',
        people: [{ personId: 'p-vic', name: 'Vic Vale' }],
      },
    ]);
    const chat = await repository.inboundRequests(graph.tenantId, ['acc-peak'], {
      ...sixtyDays,
      keywords: ['CHECK'],
    });
    expect(chat.get('acc-peak')!.map((r) => r.id)).toEqual(['i-peak-chat']);
  });

  it('objectives-by-account-ids: objectives of the asked statuses, with the owner and the owner’s unit', async () => {
    const active = await repository.objectives(graph.tenantId, accounts, ['ACTIVE']);
    expect(active.get('acc-peak')).toEqual([
      {
        id: 'obj-peak-auto',
        accountId: 'acc-peak',
        title: 'Automate 70% of invoice approvals',
        metric: 'Invoices approved without manual touch (%)',
        targetValue: 70,
        dueDate: '2027-02-13',
        status: 'ACTIVE',
        ownerPersonId: 'p-dee',
        ownerName: 'Dee Dunn',
        ownerBusinessUnitId: 'bu-peak-fin',
      },
    ]);
    expect(active.get('acc-ember')).toEqual([]);
    const done = await repository.objectives(graph.tenantId, ['acc-peak'], ['ACHIEVED']);
    expect(done.get('acc-peak')!.map((o) => [o.id, o.ownerBusinessUnitId])).toEqual([
      ['obj-peak-done', 'bu-peak-fin'],
    ]);
  });

  it('another tenant sees none of it', async () => {
    const other = `${graph.tenantId}-other`;
    expect((await repository.pipeline(other, ['acc-ember'], ['EXPANSION'])).get('acc-ember')).toEqual([]);
    expect((await repository.objectives(other, ['acc-peak'], ['ACTIVE'])).get('acc-peak')).toEqual([]);
  });
});
