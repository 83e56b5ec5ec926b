import type { RunningApp } from '../../src/app';
import type { Caller } from '../../src/domain/tenant';
import { emptyPortfolioRecords } from '../../src/domain/graph-records';
import { AccountScoreRepository } from '../../src/repositories/account-score.repository';
import { gql, passWhenLeaseFree, startTestApp, tokenFor } from '../support/app';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/** Eleven demo accounts of every scenario, scored by the worker in batches of four. */
const RECORDS = demoAccounts(Array.from({ length: 11 }, (_, i) => i + 3));
const ids = RECORDS.accounts.map((a) => a.id).sort();

/** What a value looks like once stored as JSON (dates become strings, undefined disappears). */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

jest.setTimeout(180_000);

describe('the batched score worker', () => {
  let graph: TestGraph;
  let app: RunningApp;
  let scores: AccountScoreRepository;
  const tenant = testTenant('batched-worker');
  const caller: Caller = { tenantId: tenant, role: 'ADMIN', subject: 'test' };

  beforeAll(async () => {
    graph = connectTestGraph('batched-worker');
    // No background timer and no re-scoring by reads: only the pass below writes scores.
    app = await startTestApp(
      { SCORE_WORKER: 'false', SCORE_BATCH_SIZE: '4', SCORE_SYNC_LIMIT: '0' },
      demoClock,
    );
    scores = new AccountScoreRepository(graph.db);
    await seedTenant(app.db, tenant, RECORDS);
  }, 300_000);
  afterAll(async () => {
    await app.stop();
    await graph.close();
  });

  it('re-scores a whole marked tenant in batches to what the single-account queries compute live', async () => {
    expect(await app.services.staleness.markTenantStale(tenant, 'IMPORT')).toBe(ids.length);
    const pass = await passWhenLeaseFree(app, tenant);
    expect(pass).toMatchObject({ ran: true, scored: ids.length, stillStale: 0, batches: 3 });
    expect(await scores.staleAccounts(tenant, 100)).toEqual([]);

    const health = await scores.healthPage(tenant, { first: 50, afterId: null, band: null });
    const threading = await scores.threadingPage(tenant, { first: 50, afterId: null });
    const churn = (await scores.churnPage(tenant, { first: 50, afterId: null })).rows;
    const expansion = (await scores.expansionPage(tenant, { first: 50, afterId: null })).rows;
    expect(health.rows.map((r) => r.accountId).sort()).toEqual(ids);
    for (const id of ids) {
      const stored: Record<'health' | 'threading' | 'churn' | 'expansion', string | null> = {
        health: health.rows.find((r) => r.accountId === id)!.healthJson,
        threading: threading.find((r) => r.accountId === id)!.threadingJson,
        churn: churn.find((r) => r.accountId === id)?.churnJson ?? null,
        expansion: expansion.find((r) => r.accountId === id)?.expansionJson ?? null,
      };
      const [liveHealth, liveThreading, liveChurn, liveExpansion] = await Promise.all([
        app.services.health.health(caller, id),
        app.services.threading.forAccount(caller, id),
        app.services.churnIndicators.forAccount(caller, id),
        app.services.expansionSignals.forAccount(caller, id),
      ]);
      expect(JSON.parse(stored.health!)).toEqual(asStored(liveHealth));
      expect(JSON.parse(stored.threading!)).toEqual(asStored(liveThreading));
      const { account: _churnAccount, ...churnOf } = liveChurn;
      const { account: _expansionAccount, ...expansionOf } = liveExpansion;
      // The signal pages list accounts with at least one finding: absent means none live either.
      if (stored.churn === null) expect(churnOf.indicators).toEqual([]);
      else expect(JSON.parse(stored.churn)).toEqual(asStored(churnOf));
      if (stored.expansion === null) expect(expansionOf.signals).toEqual([]);
      else expect(JSON.parse(stored.expansion)).toEqual(asStored(expansionOf));
    }
  });

  it('stores the portfolio whitespace and expansion opportunities the live portfolio computations give', async () => {
    // The first test's pass scored every account in batches of four against one read of the portfolio.
    const liveWhitespace = await app.services.whitespace.portfolioEntries(caller);
    const storedWhitespace = await scores.whitespacePage(tenant, { first: 50, afterId: null });
    expect(storedWhitespace.total).toBe(ids.length);
    expect(storedWhitespace.rows.map((r) => JSON.parse(r.whitespaceJson!) as unknown)).toEqual(
      asStored(liveWhitespace),
    );

    const live = await app.services.opportunities.portfolio(caller, { first: 100 });
    const stored = await scores.opportunityPage(tenant, { first: 100, afterId: null, status: null });
    expect(live.items.length).toBeGreaterThan(0);
    expect(stored.total).toBe(live.totalCount);
    expect(stored.rows.map((r) => JSON.parse(r.json) as unknown)).toEqual(asStored(live.items));
    // One status through its own index, in the same order.
    const qualified = await scores.opportunityPage(tenant, {
      first: 100,
      afterId: null,
      status: 'QUALIFIED',
    });
    expect(qualified.rows.map((r) => r.id)).toEqual(
      live.items.filter((o) => o.status === 'QUALIFIED').map((o) => o.id),
    );

    // The health gate holds: an account whose health refuses expansion has every opportunity held.
    const gates = await app.services.plays.expansionGates(caller, ids);
    const refused = ids.filter((id) => gates.get(id)?.gate.allowed === false);
    expect(refused.length).toBeGreaterThan(0);
    for (const row of stored.rows) {
      const opportunity = JSON.parse(row.json) as { accountId: string; status: string; hold: unknown };
      if (!refused.includes(opportunity.accountId)) continue;
      expect(opportunity.status).not.toBe('READY_TO_PROPOSE');
      expect(opportunity.hold).not.toBeNull();
    }
  });

  it('lists health from the compact summary: the full explanation but the components’ inputs and evidence', async () => {
    const full = await app.services.storedPortfolio.portfolioHealth(caller, { first: 50, explained: true });
    const compact = await app.services.storedPortfolio.portfolioHealth(caller, {
      first: 50,
      explained: false,
    });
    type Item = (typeof full.items)[number];
    const strip = (h: Item) => ({
      ...h,
      components: h.components.map((c) => ({ ...c, inputs: [], evidence: [] })),
    });
    expect(compact.items.map(strip)).toEqual(full.items.map(strip));
    expect(compact.items.flatMap((h) => h.components.flatMap((c) => [...c.inputs, ...c.evidence]))).toEqual(
      [],
    );
    expect(full.items.some((h) => h.components.some((c) => c.evidence.length > 0))).toBe(true);
  });

  it('lists expansion signals and churn indicators from compact summaries: the full explanation but the evidence lists', async () => {
    const page = (explained: boolean) =>
      Promise.all([
        app.services.storedPortfolio.portfolioExpansionSignals(caller, null, 50, null, { explained }),
        app.services.storedPortfolio.portfolioChurnIndicators(caller, null, 50, null, { explained }),
      ]);
    const [[fullExpansion, fullChurn], [compactExpansion, compactChurn]] = await Promise.all([
      page(true),
      page(false),
    ]);
    type Signal = (typeof fullExpansion.items)[number]['signals'][number];
    type Indicator = (typeof fullChurn.items)[number]['indicators'][number];
    // The evidence lists, as the GraphQL types name them (snapshots, units, tickets, observations).
    const signalEvidence = (s: Signal): unknown[] => [
      ...(s.capacity?.snapshots ?? []),
      ...(s.adoption?.snapshots ?? []),
      ...(s.asymmetry?.units ?? []),
      ...(s.hiring?.units ?? []),
    ];
    const indicatorEvidence = (i: Indicator): unknown[] => [
      ...(i.usageDecline?.snapshots ?? []),
      ...(i.tickets?.tickets ?? []),
      ...(i.sentiment?.observations ?? []),
      ...(i.sentiment?.previousObservations ?? []),
    ];
    const withoutSignalEvidence = (s: Signal): unknown => ({
      ...s,
      capacity: s.capacity && { ...s.capacity, snapshots: [] },
      adoption: s.adoption && { ...s.adoption, snapshots: [] },
      asymmetry: s.asymmetry && { ...s.asymmetry, units: [] },
      hiring: s.hiring && { ...s.hiring, units: [] },
    });
    const withoutIndicatorEvidence = (i: Indicator): unknown => ({
      ...i,
      usageDecline: i.usageDecline && { ...i.usageDecline, snapshots: [] },
      tickets: i.tickets && { ...i.tickets, tickets: [] },
      sentiment: i.sentiment && { ...i.sentiment, observations: [], previousObservations: [] },
    });

    expect(fullExpansion.items.length).toBeGreaterThan(0);
    expect(fullChurn.items.length).toBeGreaterThan(0);
    // Same accounts, order, totals and every field but the evidence lists.
    expect(compactExpansion.totalCount).toBe(fullExpansion.totalCount);
    expect(
      compactExpansion.items.map((a) => ({ ...a, signals: a.signals.map(withoutSignalEvidence) })),
    ).toEqual(fullExpansion.items.map((a) => ({ ...a, signals: a.signals.map(withoutSignalEvidence) })));
    expect(compactChurn.totalCount).toBe(fullChurn.totalCount);
    expect(
      compactChurn.items.map((a) => ({ ...a, indicators: a.indicators.map(withoutIndicatorEvidence) })),
    ).toEqual(fullChurn.items.map((a) => ({ ...a, indicators: a.indicators.map(withoutIndicatorEvidence) })));
    // The compact form has no evidence; the full one has some (so the comparison above means something).
    expect(compactExpansion.items.flatMap((a) => a.signals.flatMap(signalEvidence))).toEqual([]);
    expect(compactChurn.items.flatMap((a) => a.indicators.flatMap(indicatorEvidence))).toEqual([]);
    expect(fullExpansion.items.flatMap((a) => a.signals.flatMap(signalEvidence)).length).toBeGreaterThan(0);
    expect(fullChurn.items.flatMap((a) => a.indicators.flatMap(indicatorEvidence)).length).toBeGreaterThan(0);

    // Through GraphQL: a list without evidence fields gets the compact rows, asking for one gets it.
    const token = tokenFor(tenant);
    const listed = await gql<{
      portfolioChurnIndicators: { edges: { node: { indicators: { summary: string }[] } }[] };
    }>(
      app,
      `{ portfolioChurnIndicators(first: 50) { edges { node { indicators { summary } } } } }`,
      {},
      token,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.portfolioChurnIndicators.edges.map((e) => e.node.indicators)).toEqual(
      fullChurn.items.map((a) => a.indicators.map((i) => ({ summary: i.summary }))),
    );
    const evidenced = await gql<{
      portfolioChurnIndicators: {
        edges: {
          node: {
            indicators: {
              usageDecline: { snapshots: unknown[] } | null;
              tickets: { tickets: unknown[] } | null;
              sentiment: { observations: unknown[]; previousObservations: unknown[] } | null;
            }[];
          };
        }[];
      };
    }>(
      app,
      `{ portfolioChurnIndicators(first: 50) { edges { node { indicators {
          usageDecline { snapshots { id } } tickets { tickets { id } }
          sentiment { observations { id } previousObservations { id } }
        } } } } }`,
      {},
      token,
    );
    expect(evidenced.errors).toBeUndefined();
    const count = (
      i: NonNullable<
        typeof evidenced.data
      >['portfolioChurnIndicators']['edges'][number]['node']['indicators'][number],
    ) =>
      (i.usageDecline?.snapshots.length ?? 0) +
      (i.tickets?.tickets.length ?? 0) +
      (i.sentiment?.observations.length ?? 0) +
      (i.sentiment?.previousObservations.length ?? 0);
    expect(evidenced.data!.portfolioChurnIndicators.edges.map((e) => e.node.indicators.map(count))).toEqual(
      fullChurn.items.map((a) => a.indicators.map((i) => indicatorEvidence(i).length)),
    );
  });

  it('a small pass re-reads the written account’s whitespace facts into the last full read', async () => {
    // Runs last: the write changes the portfolio the earlier tests compared against.
    type Cell = { rowKind: string; rowId: string; product: { id: string }; value: number | null };
    const rows = (await scores.whitespacePage(tenant, { first: 50, afterId: null })).rows;
    // An account whose best open cell is its own (not a subsidiary's): owning that product closes it.
    const before = rows.find((r) => {
      const top = (JSON.parse(r.whitespaceJson!) as { topCells: Cell[] }).topCells[0];
      return top !== undefined && top.rowKind !== 'SUBSIDIARY' && (top.value ?? 0) > 0;
    })!;
    const accountId = before.accountId;
    const top = (JSON.parse(before.whitespaceJson!) as { topCells: Cell[] }).topCells[0]!;
    const template = RECORDS.subscriptions.find((x) => x.status === 'ACTIVE')!;
    await seedTenant(app.db, tenant, {
      ...emptyPortfolioRecords(),
      subscriptions: [
        {
          ...template,
          id: 'sub-batched-new',
          accountId,
          productId: top.product.id,
          businessUnitId: top.rowKind === 'BUSINESS_UNIT' ? top.rowId : null,
        },
      ],
    });
    await app.services.staleness.markAccountsStale(tenant, [accountId], 'TEST');
    expect(await passWhenLeaseFree(app, tenant)).toMatchObject({ scored: 1 });
    const after = (await scores.whitespacePage(tenant, { first: 50, afterId: null })).rows.find(
      (r) => r.accountId === accountId,
    )!;
    const live = (await app.services.whitespace.portfolioEntries(caller)).find(
      (e) => e.accountId === accountId,
    );
    expect(live!.totals.whitespaceValue).not.toBe(before.whitespaceValue);
    expect(JSON.parse(after.whitespaceJson!)).toEqual(asStored(live));
  });
});
