import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { whitespacePortfolio } from '../support/opportunity-fixtures';
import { seedTenant } from '../support/seed';

interface Cell {
  product: { id: string };
  status: string;
  notEligibleReason: string | null;
  competitors: { name: string; businessUnitId: string | null }[];
  sizing: {
    method: string | null;
    seats: number | null;
    seatsAlreadyCovered: number;
    pricePerSeat: number | null;
    priceBasis: string | null;
    value: number | null;
    evidenceSubscriptionIds: string[];
  } | null;
  peerAdoptionRate: number | null;
  rank: number | null;
}
interface Matrix {
  account: { name: string };
  rowBasis: string;
  products: { id: string }[];
  rows: { kind: string; id: string; name: string; size: number | null; cells: Cell[] }[];
  peers: {
    basis: string;
    criteria: string;
    accounts: { id: string }[];
    widenedFrom: { basis: string; peers: number }[];
  };
  productPeers: {
    product: { id: string };
    peerCount: number;
    owners: { id: string }[];
    adoptionRate: number | null;
    pricePerSeat: number | null;
  }[];
  ranked: {
    rank: number;
    rowName: string;
    product: { id: string };
    status: string;
    value: number | null;
    peersWhoBought: { id: string }[];
  }[];
  totals: Record<string, number>;
  dataGaps: string[];
}

const MATRIX = `query ($id: ID!) { whitespace(accountId: $id) {
  account { name } rowBasis products { id }
  rows { kind id name size cells {
    product { id } status notEligibleReason competitors { name businessUnitId }
    sizing { method seats seatsAlreadyCovered pricePerSeat priceBasis value evidenceSubscriptionIds }
    peerAdoptionRate rank } }
  peers { basis criteria accounts { id } widenedFrom { basis peers } }
  productPeers { product { id } peerCount owners { id } adoptionRate pricePerSeat }
  ranked { rank rowName product { id } status value peersWhoBought { id } }
  totals { accountValue subsidiariesValue openValue competitorValue whitespaceValue unsizedCells }
  dataGaps } }`;

/** Status of every cell as "row: product=STATUS", to compare a whole matrix at a glance. */
function grid(matrix: Matrix): Record<string, string> {
  return Object.fromEntries(
    matrix.rows.map((row) => [row.name, row.cells.map((c) => `${c.product.id}=${c.status}`).join(' ')]),
  );
}

describe('whitespace through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('whitespace');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp();
    await seedTenant(app.db, tenant, whitespacePortfolio());
    // The portfolio ranking reads stored scores: the seeded accounts are scored first, as a view's
    // own re-scoring does (no worker lease: test files running at once share one Neo4j), rather
    // than by the first view within its request time.
    await app.services.storedPortfolio.refreshSmallBacklog({
      tenantId: tenant,
      role: 'ADMIN',
      subject: 'test',
    });
  }, 300_000);
  afterAll(() => app.stop());

  const matrixOf = async (id: string): Promise<Matrix> => {
    const result = await gql<{ whitespace: Matrix }>(app, MATRIX, { id }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.whitespace;
  };

  it('marks each unit × product cell owned, in pipeline, not eligible, held by a competitor or open', async () => {
    const ws = await matrixOf('acc-ws');
    expect(ws.rowBasis).toBe('BUSINESS_UNITS');
    // Columns by name: Analytics, Automation, Core, Security. Rows: the account, then units by name.
    expect(ws.products.map((p) => p.id)).toEqual(['prod-ana', 'prod-auto', 'prod-core', 'prod-sec']);
    expect(grid(ws)).toEqual({
      // Analytics is only owned by Finance; Flow is only in Operations; Security has an open
      // opportunity (opportunities are per account, so every row shows it); the lost one counts for nothing.
      'Widget Works': 'prod-ana=OPEN prod-auto=OPEN prod-core=OWNED prod-sec=IN_PIPELINE',
      Finance: 'prod-ana=OWNED prod-auto=OPEN prod-core=OWNED prod-sec=IN_PIPELINE',
      // 10 people < minUnitHeadcount 20; pipeline comes before eligibility.
      Lab: 'prod-ana=NOT_ELIGIBLE prod-auto=NOT_ELIGIBLE prod-core=OWNED prod-sec=IN_PIPELINE',
      Operations: 'prod-ana=OPEN prod-auto=COMPETITOR prod-core=OWNED prod-sec=IN_PIPELINE',
    });
    const ops = ws.rows.find((r) => r.name === 'Operations')!;
    expect(ops.cells[1]!.competitors).toEqual([{ name: 'Flow', businessUnitId: 'bu-ws-ops' }]);
    expect(ws.rows.find((r) => r.name === 'Lab')!.cells[0]!.notEligibleReason).toBe('UNIT_TOO_SMALL');
  });

  it('cites the peers: same industry and segment, employees within ×2', async () => {
    const ws = await matrixOf('acc-ws');
    // 1,000 employees: 800, 1,500 and 600 are within ×2; acc-far (3,000) is not.
    expect(ws.peers).toEqual({
      basis: 'INDUSTRY_SEGMENT_SIZE',
      criteria: 'same industry (Manufacturing), same segment (MID_MARKET), employees within ×2 of 1000',
      accounts: [{ id: 'acc-p1' }, { id: 'acc-p2' }, { id: 'acc-p3' }],
      widenedFrom: [],
    });
    expect(ws.productPeers).toEqual([
      // Analytics: p1 and p2 own it: (9,000 + 19,000) / (50 + 100) seats = 186.67 a seat.
      {
        product: { id: 'prod-ana' },
        peerCount: 3,
        owners: [{ id: 'acc-p1' }, { id: 'acc-p2' }],
        adoptionRate: 0.667,
        pricePerSeat: 186.67,
      },
      // Automation: p1 and p3: (15,000 + 12,000) / (60 + 40) = 270.
      {
        product: { id: 'prod-auto' },
        peerCount: 3,
        owners: [{ id: 'acc-p1' }, { id: 'acc-p3' }],
        adoptionRate: 0.667,
        pricePerSeat: 270,
      },
      // Core: all three at 450 a seat.
      {
        product: { id: 'prod-core' },
        peerCount: 3,
        owners: [{ id: 'acc-p1' }, { id: 'acc-p2' }, { id: 'acc-p3' }],
        adoptionRate: 1,
        pricePerSeat: 450,
      },
      { product: { id: 'prod-sec' }, peerCount: 3, owners: [], adoptionRate: 0, pricePerSeat: null },
    ]);
  });

  it('sizes open cells in seats × price and ranks them by cross-sell score, then value', async () => {
    const ws = await matrixOf('acc-ws');
    const account = ws.rows[0]!;
    // MID_MARKET adoption ratio 0.16: 1,000 × 0.16 = 160 seats, less Finance's 40 Analytics seats = 120;
    // 120 × 186.67 (peer price, two peer subscriptions ≥ minPeerSubscriptions 2) = 22,400.40.
    expect(account.cells[0]!.sizing).toEqual({
      method: 'SEATS_TIMES_PEER_PRICE',
      seats: 120,
      seatsAlreadyCovered: 40,
      pricePerSeat: 186.67,
      priceBasis: 'PEER_AVERAGE',
      value: 22400.4,
      evidenceSubscriptionIds: ['sub-p1-ana', 'sub-p2-ana'],
    });
    // Automation account-wide: 160 × 270 = 43,200.
    expect(account.cells[1]!.sizing!.value).toBe(43200);
    // Operations (400): round(400 × 0.16) = 64 seats; Analytics 64 × 186.67 = 11,946.88, Automation 64 × 270 = 17,280.
    const ops = ws.rows.find((r) => r.name === 'Operations')!;
    expect(ops.cells.map((c) => c.sizing?.value ?? null)).toEqual([11946.88, 17280, null, null]);
    // Finance (100): 16 seats × 270 = 4,320.
    expect(ws.rows.find((r) => r.name === 'Finance')!.cells[1]!.sizing!.value).toBe(4320);
    // Cross-sell score first (both products are owned by 2 of 3 firmographic peers): Automation is
    // a product acc-ws does not own anywhere, backed by co-ownership with Core and Analytics, which
    // it owns; Analytics, already owned by Finance, has no co-ownership part. Then value.
    expect(ws.ranked.map((r) => [r.rank, r.rowName, r.product.id, r.status, r.value])).toEqual([
      [1, 'Widget Works', 'prod-auto', 'OPEN', 43200],
      [2, 'Operations', 'prod-auto', 'COMPETITOR', 17280],
      [3, 'Finance', 'prod-auto', 'OPEN', 4320],
      [4, 'Widget Works', 'prod-ana', 'OPEN', 22400.4],
      [5, 'Operations', 'prod-ana', 'OPEN', 11946.88],
    ]);
    expect(ws.ranked[0]!.peersWhoBought).toEqual([{ id: 'acc-p1' }, { id: 'acc-p3' }]);
    expect(account.cells[1]!.rank).toBe(1);
    // The account's whitespace is its account-wide row (unit cells are where it would land): 43,200 + 22,400.40.
    expect(ws.totals).toEqual({
      accountValue: 65600.4,
      subsidiariesValue: 0,
      openValue: 65600.4,
      competitorValue: 0,
      whitespaceValue: 65600.4,
      unsizedCells: 0,
    });
    expect(ws.dataGaps).toEqual([]);
  });

  it('uses subsidiaries as rows and widens a too-small peer group to the portfolio, saying so', async () => {
    const grp = await matrixOf('acc-grp');
    expect(grp.rowBasis).toBe('SUBSIDIARIES');
    expect(grp.rows.map((r) => [r.kind, r.id, r.size])).toEqual([
      ['ACCOUNT_WIDE', 'acc-grp', 5000],
      ['SUBSIDIARY', 'acc-sub', 500],
    ]);
    // Retail ENTERPRISE has nobody else; Retail has only acc-ret (its own subsidiary never counts):
    // every other account outside the group is the peer group.
    expect(grp.peers.basis).toBe('PORTFOLIO');
    expect(grp.peers.widenedFrom).toEqual([
      { basis: 'INDUSTRY_SEGMENT_SIZE', peers: 0 },
      { basis: 'INDUSTRY_SEGMENT', peers: 0 },
      { basis: 'INDUSTRY', peers: 1 },
      { basis: 'SEGMENT', peers: 0 },
    ]);
    expect(grp.peers.accounts.map((a) => a.id)).toEqual([
      'acc-far',
      'acc-p1',
      'acc-p2',
      'acc-p3',
      'acc-ret',
      'acc-ws',
    ]);
    expect(grid(grp)).toEqual({
      'Group Holdings': 'prod-ana=OPEN prod-auto=OPEN prod-core=OWNED prod-sec=OPEN',
      'Group Sub': 'prod-ana=COMPETITOR prod-auto=OPEN prod-core=OWNED prod-sec=OPEN',
    });
    // Analytics: ws, p1, p2 own it (3 of 6): 36,000 / 190 seats = 189.47. Automation: p1, p3 (2 of 6) at 270.
    // Security: only acc-far (one subscription < 2): list price 100.
    // ENTERPRISE 5,000 × 0.06 = 300 seats: 56,841 + 81,000 + 30,000 = 167,841.
    // The subsidiary, MID_MARKET 500 × 0.16 = 80 seats: 15,157.60 (Lumen: COMPETITOR) + 21,600 + 8,000 = 44,757.60.
    expect(grp.totals).toEqual({
      accountValue: 167841,
      subsidiariesValue: 44757.6,
      openValue: 197441,
      competitorValue: 15157.6,
      whitespaceValue: 212598.6,
      unsizedCells: 0,
    });
    const security = grp.rows[0]!.cells[3]!.sizing!;
    expect([security.method, security.priceBasis, security.pricePerSeat]).toEqual([
      'SEATS_TIMES_LIST_PRICE',
      'LIST_PRICE',
      100,
    ]);
    // Peer adoption 0.5 before 0.333 before 0.167; within a product, value.
    expect(grp.ranked.map((r) => `${r.rowName}/${r.product.id}`)).toEqual([
      'Group Holdings/prod-ana',
      'Group Sub/prod-ana',
      'Group Holdings/prod-auto',
      'Group Sub/prod-auto',
      'Group Holdings/prod-sec',
      'Group Sub/prod-sec',
    ]);
  });

  it('ranks the portfolio by whitespace, largest first, one page at a time', async () => {
    const query = `query ($after: String) { portfolioWhitespace(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { account { id } totals { whitespaceValue } peerBasis peerCount topCells { product { id } value } } } } }`;
    type Page = {
      portfolioWhitespace: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: {
          node: {
            account: { id: string };
            totals: { whitespaceValue: number };
            peerBasis: string;
            peerCount: number;
            topCells: { product: { id: string }; value: number }[];
          };
        }[];
      };
    };
    const first = await gql<Page>(app, query, {}, token);
    expect(first.errors).toBeUndefined();
    const page = first.data!.portfolioWhitespace;
    // acc-far: 3,000 × 0.16 = 480 seats × (189.47 + 270) = 90,945.60 + 129,600 (peers: Manufacturing MID_MARKET, size band too narrow).
    // acc-grp: 212,598.60 (above). acc-p2: 240 seats × list 300 (one peer owns Automation) + 240 × 100 = 96,000.
    expect(page.totalCount).toBe(8);
    expect(
      page.edges.map((e) => [
        e.node.account.id,
        e.node.totals.whitespaceValue,
        e.node.peerBasis,
        e.node.peerCount,
      ]),
    ).toEqual([
      ['acc-far', 220545.6, 'INDUSTRY_SEGMENT', 4],
      ['acc-grp', 212598.6, 'PORTFOLIO', 6],
      ['acc-p2', 96000, 'INDUSTRY_SEGMENT_SIZE', 3],
    ]);
    expect(page.edges[0]!.node.topCells).toEqual([
      { product: { id: 'prod-ana' }, value: 90945.6 },
      { product: { id: 'prod-auto' }, value: 129600 },
    ]);
    const rest = await gql<Page>(app, query, { after: page.pageInfo.endCursor }, token);
    // acc-ws 65,600.40; acc-sub 44,757.60 (its own row); acc-p3: 96 seats × 189.47 + 96 × 100 = 27,789.12.
    expect(
      rest.data!.portfolioWhitespace.edges.map((e) => [e.node.account.id, e.node.totals.whitespaceValue]),
    ).toEqual([
      ['acc-ws', 65600.4],
      ['acc-sub', 44757.6],
      ['acc-p3', 27789.12],
    ]);
    expect(rest.data!.portfolioWhitespace.pageInfo.hasNextPage).toBe(true);
  });

  it('is NOT_FOUND for an account of another tenant', async () => {
    const result = await gql(app, MATRIX, { id: 'acc-ws' }, tokenFor(testTenant('stranger')));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
