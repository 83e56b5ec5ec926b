import { generateDemoPortfolio } from '../../seed/demo/generate-portfolio';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

const AS_OF = '2026-11-22';

/** Each finding shows on the demo account pinned to it (seed/demo/scenarios.ts). */
describe('whitespace, signals and churn on the demo portfolio', () => {
  let app: RunningApp;
  const tenant = testTenant('demo-findings');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => new Date(`${AS_OF}T12:00:00Z`));
    await seedTenant(app.db, tenant, generateDemoPortfolio({ seed: 42, accounts: 36, asOf: AS_OF }));
  }, 180_000);
  afterAll(() => app.stop());

  it('acc-0001: Core Platform at 92% of its seats, with a projected date for 100%', async () => {
    const result = await gql<{
      expansionSignals: {
        signals: {
          kind: string;
          productName: string;
          businessUnitName: string | null;
          capacity: {
            utilisation: number;
            projectedFullAt: string | null;
            raiseConversationBy: string | null;
          } | null;
          asymmetry: { units: { businessUnitName: string; state: string }[] } | null;
        }[];
      };
    }>(
      app,
      `{ expansionSignals(accountId: "acc-0001") { signals { kind productName businessUnitName
          capacity { utilisation projectedFullAt raiseConversationBy } asymmetry { units { businessUnitName state } } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const signals = result.data!.expansionSignals.signals;
    const core = signals.find((s) => s.kind === 'SEAT_CAPACITY' && s.productName === 'Core Platform')!;
    expect(core.capacity!.utilisation).toBe(0.92);
    // About 50 seats a month with 200 to go: four months or so out, and the conversation due 60 days before.
    expect(
      core.capacity!.projectedFullAt! > '2027-01-01' && core.capacity!.projectedFullAt! < '2027-06-01',
    ).toBe(true);
    expect(core.capacity!.raiseConversationBy! > AS_OF).toBe(true);
    const analytics = signals.find(
      (s) => s.kind === 'USAGE_ASYMMETRY' && s.productName === 'Insights Analytics',
    )!;
    expect(analytics.asymmetry!.units).toEqual([
      { businessUnitName: 'Finance', state: 'HEAVY' },
      { businessUnitName: 'Marketing', state: 'IDLE' },
    ]);
  });

  it('acc-0009: usage decline, the sponsor gone, escalating tickets, falling sentiment', async () => {
    const result = await gql<{
      churnIndicators: { indicators: { kind: string; departure: { role: string } | null }[] };
    }>(
      app,
      '{ churnIndicators(accountId: "acc-0009") { indicators { kind departure { role } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const indicators = result.data!.churnIndicators.indicators;
    expect(new Set(indicators.map((i) => i.kind))).toEqual(
      new Set([
        'USAGE_DECLINE',
        'KEY_STAKEHOLDER_DEPARTED',
        'ESCALATING_TICKETS',
        'FALLING_TICKET_SENTIMENT',
        'FALLING_NPS',
      ]),
    );
    expect(indicators.find((i) => i.kind === 'KEY_STAKEHOLDER_DEPARTED')!.departure!.role).toBe(
      'EXECUTIVE_SPONSOR',
    );
  });

  it('acc-0011: whitespace backed by acc-0002, acc-0008 and acc-0013, Lumina BI in Finance', async () => {
    const result = await gql<{
      whitespace: {
        peers: { basis: string; accounts: { id: string }[] };
        rows: {
          name: string;
          cells: { product: { name: string }; status: string; competitors: { name: string }[] }[];
        }[];
        ranked: { product: { name: string }; peersWhoBought: { id: string }[] }[];
      };
    }>(
      app,
      `{ whitespace(accountId: "acc-0011") { peers { basis accounts { id } }
          rows { name cells { product { name } status competitors { name } } }
          ranked { product { name } peersWhoBought { id } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const ws = result.data!.whitespace;
    expect(ws.peers).toEqual({
      basis: 'INDUSTRY_SEGMENT_SIZE',
      accounts: [{ id: 'acc-0002' }, { id: 'acc-0008' }, { id: 'acc-0013' }],
    });
    const owned = ws.rows[0]!.cells.filter((c) => c.status === 'OWNED').map((c) => c.product.name);
    expect(owned).toEqual(['Core Platform']);
    const finance = ws.rows.find((r) => r.name === 'Finance')!;
    const analytics = finance.cells.find((c) => c.product.name === 'Insights Analytics')!;
    expect(analytics).toMatchObject({ status: 'COMPETITOR', competitors: [{ name: 'Lumina BI' }] });
    expect(ws.ranked[0]!.peersWhoBought.map((p) => p.id)).toEqual(['acc-0002', 'acc-0008', 'acc-0013']);
  });
});
