import type { RunningApp } from '../../src/app';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import { gql, startTestApp, tokenFor } from '../support/app';
import { emptyPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

/**
 * Four accounts over 2025-11-01 → 2026-11-01 (the default period for a clock on 2026-11-01):
 *   expander   ENTERPRISE  core 100k all year + analytics 20k from March      100k → 120k  +20k
 *   contractor ENTERPRISE  core 50k + add-on 10k cancelled at its June renewal  60k →  50k  −10k
 *   churner    SMB         core 30k cancelled at its August renewal              30k →   0   churn
 *   newcomer   SMB         core 40k from January                                  0  →  40k  new
 * Base 190k: NRR = (190 + 20 − 10 − 30) / 190 = 0.8947, GRR = (190 − 10 − 30) / 190 = 0.7895.
 * ENTERPRISE: base 160k, NRR = 170/160 = 1.0625, GRR = 150/160 = 0.9375. SMB: base 30k, NRR = GRR = 0.
 */
function retentionPortfolio(): PortfolioRecords {
  const records = emptyPortfolio();
  records.products.push(
    { id: 'core', name: 'Core', family: null, listPricePerSeat: 100 },
    { id: 'analytics', name: 'Analytics', family: null, listPricePerSeat: 100 },
    { id: 'addon', name: 'Add-on', family: null, listPricePerSeat: 100 },
  );
  const account = (id: string, segment: 'ENTERPRISE' | 'SMB') =>
    records.accounts.push({
      id,
      name: id,
      industry: null,
      segment,
      region: null,
      employeeCount: null,
      annualRevenue: null,
      website: null,
      parentId: null,
      customerSince: null,
    });
  let n = 0;
  const sub = (
    accountId: string,
    productId: string,
    arr: number,
    startDate: string,
    renewalDate: string,
    status: 'ACTIVE' | 'CANCELLED' = 'ACTIVE',
  ) =>
    records.subscriptions.push({
      id: `sub-${(n += 1)}`,
      accountId,
      productId,
      businessUnitId: null,
      seatsLicensed: 10,
      seatsUsed: null,
      arr,
      startDate,
      renewalDate,
      termMonths: 12,
      status,
    });
  account('expander', 'ENTERPRISE');
  account('contractor', 'ENTERPRISE');
  account('churner', 'SMB');
  account('newcomer', 'SMB');
  sub('expander', 'core', 100_000, '2024-01-01', '2027-01-01');
  sub('expander', 'analytics', 20_000, '2026-03-01', '2027-03-01');
  sub('contractor', 'core', 50_000, '2024-06-01', '2026-12-01');
  sub('contractor', 'addon', 10_000, '2024-06-01', '2026-06-01', 'CANCELLED');
  sub('churner', 'core', 30_000, '2023-08-01', '2026-08-01', 'CANCELLED');
  sub('newcomer', 'core', 40_000, '2026-01-15', '2027-01-15');
  return records;
}

describe('revenue retention through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('nrr');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => new Date('2026-11-01T09:00:00Z'));
    await seedTenant(app.db, tenant, retentionPortfolio());
  });
  afterAll(() => app.stop());

  it('gives portfolio NRR and GRR with expansion, contraction, churn and new business apart', async () => {
    const result = await gql(
      app,
      `{ revenueRetention {
          from to baseAccounts startingArr expansion contraction churn endingArr newArr
          netRevenueRetention grossRevenueRetention churnedAccounts expandedAccounts contractedAccounts
          bySegment { segment startingArr netRevenueRetention grossRevenueRetention }
          top: accounts(first: 2) { totalCount pageInfo { hasNextPage } edges { node { accountId movement startingArr endingArr } } }
        } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      revenueRetention: {
        from: '2025-11-01',
        to: '2026-11-01',
        baseAccounts: 3,
        startingArr: 190_000,
        expansion: 20_000,
        contraction: 10_000,
        churn: 30_000,
        endingArr: 170_000,
        newArr: 40_000,
        netRevenueRetention: 0.8947,
        grossRevenueRetention: 0.7895,
        churnedAccounts: 1,
        expandedAccounts: 1,
        contractedAccounts: 1,
        bySegment: expect.arrayContaining([
          {
            segment: 'ENTERPRISE',
            startingArr: 160_000,
            netRevenueRetention: 1.0625,
            grossRevenueRetention: 0.9375,
          },
          { segment: 'SMB', startingArr: 30_000, netRevenueRetention: 0, grossRevenueRetention: 0 },
        ]) as unknown,
        top: {
          totalCount: 4,
          pageInfo: { hasNextPage: true },
          // Largest absolute change first: newcomer +40k, then churner −30k.
          edges: [
            { node: { accountId: 'newcomer', movement: 'NEW', startingArr: 0, endingArr: 40_000 } },
            { node: { accountId: 'churner', movement: 'CHURN', startingArr: 30_000, endingArr: 0 } },
          ],
        },
      },
    });
  });

  it('narrows to one account over a chosen period, with the subscriptions behind the number', async () => {
    const result = await gql<{
      revenueRetention: {
        netRevenueRetention: number;
        accounts: { edges: { node: { evidence: unknown[] } }[] };
      };
    }>(
      app,
      `{ revenueRetention(accountId: "contractor", from: "2026-01-01", to: "2026-07-01") {
          netRevenueRetention
          accounts { edges { node { evidence { subscriptionId productName arrAtStart arrAtEnd } } } }
        } }`,
      {},
      token,
    );
    // 60k → 50k: NRR = 50/60 = 0.8333.
    expect(result.data!.revenueRetention.netRevenueRetention).toBe(0.8333);
    expect(result.data!.revenueRetention.accounts.edges[0]!.node.evidence).toEqual([
      { subscriptionId: 'sub-3', productName: 'Core', arrAtStart: 50_000, arrAtEnd: 50_000 },
      { subscriptionId: 'sub-4', productName: 'Add-on', arrAtStart: 10_000, arrAtEnd: 0 },
    ]);
  });

  it('answers a list without evidence from sums made in the database, every figure the same', async () => {
    // Another tenant: the four accounts above plus one with fractional ARR over several
    // subscriptions, one with a subscription whose end is unknown (a gap) and one in no segment.
    const other = testTenant('nrr-totals');
    const records = retentionPortfolio();
    const more = (id: string, segment: 'MID_MARKET' | null) =>
      records.accounts.push({ ...records.accounts[0]!, id, name: `Account ${id}`, segment });
    const sub = (
      id: string,
      accountId: string,
      arr: number,
      start: string,
      renewal: string | null,
      status = 'ACTIVE',
    ) =>
      records.subscriptions.push({
        ...records.subscriptions[0]!,
        id,
        accountId,
        arr,
        startDate: start,
        renewalDate: renewal,
        status: status as 'ACTIVE',
      });
    more('fractions', 'MID_MARKET');
    sub('frac-c', 'fractions', 1_000.1, '2024-01-01', '2027-01-01');
    sub('frac-a', 'fractions', 2_000.2, '2024-01-01', '2026-05-01', 'CANCELLED');
    sub('frac-b', 'fractions', 3_000.3, '2026-02-01', '2027-02-01');
    sub('frac-d', 'fractions', 0.7, '2025-06-01', '2026-09-01', 'EXPIRED');
    more('gappy', null);
    sub('gap-1', 'gappy', 5_000, '2025-01-01', null, 'CANCELLED');
    sub('gap-2', 'gappy', 7_000, '2025-01-01', '2027-01-01');
    await seedTenant(app.db, other, records);
    const otherToken = tokenFor(other);
    const fields = `from to baseAccounts startingArr expansion contraction churn endingArr newArr
      netRevenueRetention grossRevenueRetention churnedAccounts expandedAccounts contractedAccounts dataGaps
      bySegment { segment baseAccounts startingArr expansion contraction churn endingArr newArr netRevenueRetention grossRevenueRetention }`;
    const account = `accountId accountName segment startingArr endingArr movement expansion contraction churn newArr dataGaps`;
    const run = async (selection: string) => {
      const names: string[] = [];
      const unsubscribe = app.db.onQuery((event) => {
        if (event.tenantId === other) names.push(event.name);
      });
      try {
        const result = await gql<{ revenueRetention: Record<string, unknown> }>(
          app,
          `{ revenueRetention(from: "2025-11-01", to: "2026-11-01") { ${fields}
              accounts(first: 3) { totalCount pageInfo { hasNextPage } edges { node { ${selection} } } } } }`,
          {},
          otherToken,
        );
        expect(result.errors).toBeUndefined();
        return { data: result.data!.revenueRetention, names };
      } finally {
        unsubscribe();
      }
    };
    const listed = await run(account);
    const evidenced = await run(`${account} evidence { subscriptionId arrAtStart arrAtEnd }`);
    expect(listed.names).toContain('revenue/retention-totals-by-account');
    expect(listed.names).not.toContain('revenue/subscriptions-for-retention');
    expect(evidenced.names).toContain('revenue/subscriptions-for-retention');
    expect(evidenced.names).not.toContain('revenue/retention-totals-by-account');
    type Connection = { edges: { node: Record<string, unknown> }[] };
    const withoutEvidence = (data: Record<string, unknown>) => ({
      ...data,
      accounts: {
        ...(data.accounts as Connection),
        edges: (data.accounts as Connection).edges.map(({ node: { evidence: _evidence, ...node } }) => ({
          node,
        })),
      },
    });
    expect(listed.data).toEqual(withoutEvidence(evidenced.data));
    expect(listed.data.dataGaps).toEqual(['gappy: gap-1 (Core) is CANCELLED with no end date']);
    // Every account, not only the first page: the service's whole list, both ways.
    const caller = { tenantId: other, role: 'VIEWER' as const, subject: 'test' };
    const query = { from: '2025-11-01', to: '2026-11-01' };
    const full = await app.services.revenueRetention.retention(caller, query);
    const totals = await app.services.revenueRetention.retention(caller, query, { evidence: false });
    expect(totals.accountMovements.map((a) => a.evidence)).toEqual(full.accountMovements.map(() => []));
    expect(totals.accountMovements.map((a) => ({ ...a, evidence: [] }))).toEqual(
      full.accountMovements.map((a) => ({ ...a, evidence: [] })),
    );
    expect(full.accountMovements.find((a) => a.accountId === 'fractions')!.evidence).toHaveLength(4);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await gql(
      app,
      '{ revenueRetention(from: "2026-06-01", to: "2026-01-01") { baseAccounts } }',
      {},
      token,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
