import type { RunningApp } from '../../src/app';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import type {
  AccountRetention,
  RevenueRetentionSummary,
} from '../../src/services/revenue/revenue-retention.service';
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

  /**
   * Another tenant: the four accounts above plus edge cases: fractional ARR over several
   * subscriptions, a subscription whose end is unknown (a gap), an account in no segment, two flat
   * accounts whose ids sort apart by code unit and by locale (a tie on the change), two accounts whose changes differ
   * only in sign (another tie), and one whose subscriptions all ended before the period.
   */
  function edgeCasePortfolio(): PortfolioRecords {
    const records = retentionPortfolio();
    const more = (id: string, segment: 'MID_MARKET' | 'SMB' | null) =>
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
    more('alpha', 'MID_MARKET');
    sub('flat-b-1', 'alpha', 8_000, '2024-01-01', '2027-01-01');
    more('Zeta', 'MID_MARKET');
    sub('flat-a-1', 'Zeta', 9_000, '2024-01-01', '2027-01-01');
    more('up', 'SMB');
    sub('up-1', 'up', 10_000, '2024-01-01', '2027-01-01');
    sub('up-2', 'up', 5_000.5, '2026-04-01', '2027-04-01');
    more('down', 'SMB');
    sub('down-1', 'down', 10_000, '2024-01-01', '2027-01-01');
    sub('down-2', 'down', 5_000.5, '2024-01-01', '2026-04-01', 'EXPIRED');
    more('ancient', 'SMB');
    sub('old-1', 'ancient', 4_000, '2020-01-01', '2023-01-01', 'EXPIRED');
    return records;
  }

  it('sums, classifies, sorts and pages in the database exactly as the Node computation does', async () => {
    const other = testTenant('nrr-summary');
    await seedTenant(app.db, other, edgeCasePortfolio());
    const caller = { tenantId: other, role: 'VIEWER' as const, subject: 'test' };
    const service = app.services.revenueRetention;
    const period = { from: '2025-11-01', to: '2026-11-01' };
    const scopes = [
      period,
      { ...period, segment: 'ENTERPRISE' as const },
      { ...period, segment: 'MID_MARKET' as const },
      { ...period, segment: 'SMB' as const },
      { ...period, accountId: 'fractions' },
      { ...period, accountId: 'no-such-account' },
      // Nothing had started: an empty scope, ratios null.
      { from: '2000-01-01', to: '2001-01-01' },
    ];
    for (const scope of scopes) {
      // The previous computation: every subscription read, everything worked out in Node.
      const { accountMovements, ...expectedTotals } = await service.retention(caller, scope);
      for (const evidence of [false, true]) {
        // Every page of two, through the cursors, so the keyset order is checked too.
        const pages: AccountRetention[] = [];
        let after: string | null = null;
        let totals: Omit<RevenueRetentionSummary, 'accounts'> | null = null;
        for (let read = 0; read < 20; read += 1) {
          const { accounts, ...rest }: RevenueRetentionSummary = await service.summary(caller, scope, {
            first: 2,
            after,
            evidence,
          });
          totals ??= rest;
          expect(rest).toEqual(totals);
          expect(accounts.totalCount).toBe(accountMovements.length);
          pages.push(...accounts.items);
          if (!accounts.hasNextPage) break;
          after = accounts.cursorOf(accounts.items[accounts.items.length - 1]!);
        }
        expect({ scope, evidence, totals }).toEqual({ scope, evidence, totals: expectedTotals });
        expect(pages).toEqual(
          evidence ? accountMovements : accountMovements.map((a) => ({ ...a, evidence: [] })),
        );
      }
      if (scope === period) {
        expect(accountMovements.map((a) => a.accountId)).toEqual([
          'newcomer',
          'churner',
          'expander',
          'contractor',
          'down',
          'up',
          'fractions',
          // A tie: code-unit order ('Z' before 'a'), the database's, not the locale's.
          'Zeta',
          'alpha',
          'gappy',
        ]);
        expect(expectedTotals.dataGaps).toEqual(['gappy: gap-1 (Core) is CANCELLED with no end date']);
        // In the order of each segment's first account id (code-unit order: 'Zeta' first).
        expect(expectedTotals.bySegment.map((s) => s.segment)).toEqual([
          'MID_MARKET',
          'SMB',
          'ENTERPRISE',
          null,
        ]);
      }
    }
  });

  it("reads the totals and the page in one statement, the page's subscriptions only when evidence is asked for", async () => {
    const other = testTenant('nrr-totals');
    await seedTenant(app.db, other, edgeCasePortfolio());
    const otherToken = tokenFor(other);
    const fields = `from to baseAccounts startingArr expansion contraction churn endingArr newArr
      netRevenueRetention grossRevenueRetention churnedAccounts expandedAccounts contractedAccounts dataGaps
      bySegment { segment baseAccounts startingArr expansion contraction churn endingArr newArr netRevenueRetention grossRevenueRetention }`;
    const account = `accountId accountName segment startingArr endingArr movement expansion contraction churn newArr dataGaps`;
    const run = async (accounts: string) => {
      const names: string[] = [];
      const unsubscribe = app.db.onQuery((event) => {
        if (event.tenantId === other) names.push(event.name);
      });
      try {
        const result = await gql<{ revenueRetention: Record<string, unknown> }>(
          app,
          `{ revenueRetention(from: "2025-11-01", to: "2026-11-01") { ${fields} ${accounts} } }`,
          {},
          otherToken,
        );
        expect(result.errors).toBeUndefined();
        return { data: result.data!.revenueRetention, names };
      } finally {
        unsubscribe();
      }
    };
    const page = (selection: string, args = 'first: 3') =>
      `accounts(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } }`;
    const listed = await run(page(account));
    const evidenced = await run(page(`${account} evidence { subscriptionId arrAtStart arrAtEnd }`));
    expect(listed.names).toEqual(['revenue/retention-summary']);
    expect(evidenced.names).toEqual(['revenue/retention-summary']);
    type Connection = { pageInfo: { endCursor: string }; edges: { node: Record<string, unknown> }[] };
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
    expect((evidenced.data.accounts as Connection).edges[0]!.node).toMatchObject({
      accountId: 'newcomer',
      evidence: [{ subscriptionId: 'sub-6', arrAtStart: 0, arrAtEnd: 40_000 }],
    });
    expect(listed.data.dataGaps).toEqual(['gappy: gap-1 (Core) is CANCELLED with no end date']);

    // Two pages under aliases: the second, with its own arguments, reads its own page.
    const cursor = (listed.data.accounts as Connection).pageInfo.endCursor;
    const both = await run(
      `one: ${page('accountId')} two: ${page('accountId', `first: 3, after: "${cursor}"`)}`,
    );
    expect(both.names).toEqual(['revenue/retention-summary', 'revenue/retention-summary']);
    const ids = (key: string) => (both.data[key] as Connection).edges.map((edge) => edge.node['accountId']);
    expect([...ids('one'), ...ids('two')]).toEqual([
      'newcomer',
      'churner',
      'expander',
      'contractor',
      'down',
      'up',
    ]);
    // A cursor this API did not make is refused on the connection, naming the argument.
    const bad = await gql(
      app,
      `{ revenueRetention { startingArr accounts(after: "not-a-cursor") { totalCount } } }`,
      {},
      otherToken,
    );
    expect(bad.errors?.[0]).toMatchObject({
      path: ['revenueRetention', 'accounts'],
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
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
