import type { RunningApp } from '../../src/app';
import type { PlanOperator } from '../../src/db/cypher-executor';
import type {
  AccountRecord,
  OpportunityRecord,
  PortfolioRecords,
  SubscriptionRecord,
} from '../../src/domain/graph-records';
import { gql, startTestApp, tokenFor } from '../support/app';
import { emptyPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

/**
 * Cross-sell from behaviour, on a portfolio with no firmographics (so the firmographic peer group is
 * every other account and its adoption rate is plain popularity).
 *
 * acc-t (the account asked about) owns Alpha (active subscription), Beta and Widget (won
 *   opportunities: a closed deal, an order line).
 * acc-s1..s3, its behavioural twins: own Alpha, Beta (won) and Niche (subscriptions: ARR 10,000,
 *   12,000, 14,000).
 * acc-c1..c4, the crowd: own Popular, Common and Widget (won), nothing else.
 * Popularity says Popular and Common (4 of 7 other accounts) before Niche (3 of 7); behaviour says
 * Niche: the twins share two of acc-t's three products (cosine 2/√9 = 0.667), the crowd one
 * (1/√9 = 0.333); Niche's owners own Alpha and Beta, acc-t's products.
 */
const account = (id: string): AccountRecord => ({
  id,
  name: `Account ${id}`,
  industry: null,
  segment: null,
  region: null,
  employeeCount: null,
  annualRevenue: null,
  website: null,
  parentId: null,
  customerSince: '2023-01-01',
});

const subscription = (id: string, accountId: string, productId: string, arr: number): SubscriptionRecord => ({
  id,
  accountId,
  productId,
  businessUnitId: null,
  seatsLicensed: 10,
  seatsUsed: null,
  arr,
  startDate: '2024-01-01',
  renewalDate: '2027-01-01',
  termMonths: 12,
  status: 'ACTIVE',
});

const won = (id: string, accountId: string, productId: string, amount = 5000): OpportunityRecord => ({
  id,
  accountId,
  productId,
  ownerId: null,
  name: `Won ${productId} for ${accountId}`,
  type: 'NEW_BUSINESS',
  stage: 'Closed Won',
  status: 'WON',
  amount,
  closeDate: '2026-03-01',
});

function crossSellPortfolio(): PortfolioRecords {
  const twins = ['acc-s1', 'acc-s2', 'acc-s3'];
  const crowd = ['acc-c1', 'acc-c2', 'acc-c3', 'acc-c4'];
  return {
    ...emptyPortfolio(),
    products: ['alpha', 'beta', 'niche', 'popular', 'common', 'widget'].map((p) => ({
      id: `prod-${p}`,
      name: p[0]!.toUpperCase() + p.slice(1),
      family: null,
      listPricePerSeat: null,
    })),
    accounts: ['acc-t', ...twins, ...crowd].map(account),
    subscriptions: [
      subscription('sub-t-alpha', 'acc-t', 'prod-alpha', 8000),
      ...twins.map((id) => subscription(`sub-${id}-alpha`, id, 'prod-alpha', 8000)),
      ...twins.map((id, i) => subscription(`sub-${id}-niche`, id, 'prod-niche', 10_000 + 2000 * i)),
    ],
    opportunities: [
      won('opp-t-beta', 'acc-t', 'prod-beta'),
      won('order-t-widget', 'acc-t', 'prod-widget', 700),
      ...twins.map((id) => won(`opp-${id}-beta`, id, 'prod-beta')),
      ...crowd.flatMap((id) => [
        won(`opp-${id}-popular`, id, 'prod-popular', 20_000),
        won(`opp-${id}-common`, id, 'prod-common', 20_000),
        won(`order-${id}-widget`, id, 'prod-widget', 700),
      ]),
    ],
  };
}

interface CrossSell {
  score: number;
  behaviouralPeers: { value: number; weight: number };
  coOwnership: { value: number };
  firmographicPeers: { value: number };
  supportingPeers: { peer: { id: string }; similarity: number; sharedProducts: { id: string }[] }[];
  coOwnedProducts: {
    product: { id: string };
    accountsWithBoth: number;
    owners: number;
    confidence: number;
  }[];
}
interface Matrix {
  peers: { basis: string };
  behaviouralPeers: { id: string; similarity: number }[];
  productPeers: { product: { id: string }; adoptionRate: number }[];
  rows: { kind: string; cells: { product: { id: string }; status: string; purchaseIds: string[] }[] }[];
  ranked: {
    product: { id: string };
    value: number | null;
    sizing: { method: string | null } | null;
    crossSell: CrossSell | null;
  }[];
}

const QUERY = `query ($id: ID!) { whitespace(accountId: $id) {
  peers { basis }
  behaviouralPeers { id similarity }
  productPeers { product { id } adoptionRate }
  rows { kind cells { product { id } status purchaseIds } }
  ranked { product { id } value sizing { method }
    crossSell { score behaviouralPeers { value weight } coOwnership { value } firmographicPeers { value }
      supportingPeers { peer { id } similarity sharedProducts { id } }
      coOwnedProducts { product { id } accountsWithBoth owners confidence } } } } }`;

describe('cross-sell: behavioural peers and co-ownership, not popularity', () => {
  let app: RunningApp;
  const tenant = testTenant('cross-sell');
  const token = tokenFor(tenant);
  let matrix: Matrix;

  beforeAll(async () => {
    // The first whitespace read plans five statements at once; on a machine shared by many test
    // runs planning alone has exceeded the default 30 s, so this suite allows more.
    app = await startTestApp({ QUERY_TIMEOUT_SECONDS: '180' });
    await seedTenant(app.db, tenant, crossSellPortfolio());
    const result = await gql<{ whitespace: Matrix }>(app, QUERY, { id: 'acc-t' }, token);
    expect(result.errors).toBeUndefined();
    matrix = result.data!.whitespace;
  });
  afterAll(() => app.stop());

  it('popularity alone would put Popular and Common first', () => {
    // No firmographics: the firmographic peer group is the whole portfolio, its adoption is popularity.
    expect(matrix.peers.basis).toBe('PORTFOLIO');
    const adoption = Object.fromEntries(matrix.productPeers.map((p) => [p.product.id, p.adoptionRate]));
    expect(adoption['prod-popular']).toBeGreaterThan(adoption['prod-niche']!);
    expect(adoption['prod-common']).toBeGreaterThan(adoption['prod-niche']!);
  });

  it('ranks what its behavioural twins own first', () => {
    expect(matrix.ranked.map((r) => r.product.id)).toEqual(['prod-niche', 'prod-common', 'prod-popular']);
    // Twins 3 × 0.667 of 3 × 0.667 + 4 × 0.333: 0.6; Popular 0.4.
    expect(matrix.ranked[0]!.crossSell).toMatchObject({
      behaviouralPeers: { value: 0.6, weight: 1 },
      coOwnership: { value: 1 },
    });
    expect(matrix.ranked[2]!.crossSell!.behaviouralPeers.value).toBe(0.4);
    expect(matrix.ranked[0]!.crossSell!.score).toBeGreaterThan(matrix.ranked[1]!.crossSell!.score);
    expect(matrix.behaviouralPeers.slice(0, 3)).toEqual([
      { id: 'acc-s1', similarity: 0.667 },
      { id: 'acc-s2', similarity: 0.667 },
      { id: 'acc-s3', similarity: 0.667 },
    ]);
  });

  it('never recommends what it already bought: a won purchase owns the product', () => {
    const accountRow = matrix.rows.find((r) => r.kind === 'ACCOUNT_WIDE')!;
    const cell = (id: string) => accountRow.cells.find((c) => c.product.id === id)!;
    expect(cell('prod-widget')).toEqual({
      product: { id: 'prod-widget' },
      status: 'OWNED',
      purchaseIds: ['order-t-widget'],
    });
    expect(cell('prod-beta')).toMatchObject({ status: 'OWNED', purchaseIds: ['opp-t-beta'] });
    expect(cell('prod-alpha').status).toBe('OWNED');
    const ranked = matrix.ranked.map((r) => r.product.id);
    for (const owned of ['prod-alpha', 'prod-beta', 'prod-widget']) expect(ranked).not.toContain(owned);
  });

  it('names the supporting peers and co-owned products, and sizes the recommendation', () => {
    const niche = matrix.ranked[0]!;
    expect(
      niche.crossSell!.supportingPeers.map((p) => [
        p.peer.id,
        p.similarity,
        p.sharedProducts.map((x) => x.id).sort(),
      ]),
    ).toEqual(['acc-s1', 'acc-s2', 'acc-s3'].map((id) => [id, 0.667, ['prod-alpha', 'prod-beta']]));
    expect(niche.crossSell!.coOwnedProducts).toEqual([
      { product: { id: 'prod-alpha' }, accountsWithBoth: 3, owners: 3, confidence: 1 },
      { product: { id: 'prod-beta' }, accountsWithBoth: 3, owners: 3, confidence: 1 },
    ]);
    // No headcount: the median the owning peers pay (10,000, 12,000, 14,000).
    expect([niche.sizing?.method, niche.value]).toEqual(['PEER_MEDIAN_SPEND', 12000]);
    // Popular's owners bought it outright: sized at the median of their won purchases.
    expect(matrix.ranked[2]!.value).toBe(20000);
  });

  it('starts each behavioural read from the (tenantId, id) index and scans no label', async () => {
    const operators = (plan: PlanOperator): PlanOperator[] => [plan, ...plan.children.flatMap(operators)];
    for (const name of ['whitespace/behavioural-peers', 'whitespace/co-ownership']) {
      const plan = operators(await app.db.explain(app.db.prepare(name)));
      expect(plan.filter((op) => op.operator === 'NodeUniqueIndexSeek').length).toBeGreaterThan(0);
      expect(plan.filter((op) => /Scan$/.test(op.operator)).map((op) => op.operator)).toEqual([]);
    }
  });
});
