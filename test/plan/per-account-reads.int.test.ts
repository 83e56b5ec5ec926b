import type { RunningApp } from '../../src/app';
import type { PlanOperator } from '../../src/db/cypher-executor';
import { AccountRepository } from '../../src/repositories/account.repository';
import { ExpansionOpportunityRepository } from '../../src/repositories/expansion-opportunity.repository';
import { WhitespaceRepository } from '../../src/repositories/whitespace.repository';
import { startTestApp } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/**
 * One account's reads (its plan, plays, calendar, opportunities) take each service's facts in one
 * per-account statement; pages and the portfolio keep the batched statements. Both must say the
 * same, field for field, on the demo's scenarios (departed champions, a red account, subsidiaries,
 * inbound requests, hiring), or a plan would disagree with the portfolio views.
 */
describe("one account's merged reads say what the batched reads say", () => {
  let app: RunningApp;
  const tenant = testTenant('per-account-reads');
  const caller = { tenantId: tenant, role: 'VIEWER' as const, subject: 'per-account-reads' };
  // Scenario accounts of the demo: a large green one, departures, a red one, subsidiaries.
  const ids = ['acc-0001', 'acc-0002', 'acc-0005', 'acc-0007', 'acc-0009', 'acc-0012'];

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    await seedTenant(app.db, tenant, demoAccounts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  }, 300_000);
  afterAll(() => app.stop());

  it("health's inputs and the people with their influence", async () => {
    const { health, threading } = app.services;
    const asOf = health.asOf(null);
    for (const id of ids) {
      const merged = await health.assessAccount(caller, id, asOf);
      const batched = (await health.assess(caller, [id], asOf)).get(id);
      expect(merged).toBeDefined();
      expect(merged).toEqual(batched);
      expect(await threading.snapshots(caller, [id], asOf, true)).toEqual(
        await threading.snapshots(caller, [id], asOf),
      );
    }
    expect(await health.assessAccount(caller, 'acc-missing', asOf)).toBeUndefined();
  }, 120_000);

  it('expansion signals with their people', async () => {
    const { expansionSignals } = app.services;
    const day = app.services.health.asOf(null).day;
    for (const id of ids) {
      const batched = (await expansionSignals.byAccountIds(caller, [id], day)).get(id);
      expect(await expansionSignals.ofAccount(caller, id, day)).toEqual(batched);
    }
    const signalled = await Promise.all(ids.map((id) => expansionSignals.ofAccount(caller, id, day)));
    // Not vacuous: some of these accounts have signals with stakeholders.
    expect(signalled.some((s) => s.signals.some((x) => x.stakeholders.length > 0))).toBe(true);
  }, 120_000);

  it('intent facts and business units', async () => {
    const repository = new ExpansionOpportunityRepository(app.db);
    const accounts = new AccountRepository(app.db);
    const window = {
      since: '2025-01-01T00:00:00.000Z',
      until: demoClock().toISOString(),
      keywords: ['seat', 'licen', 'pricing', 'quote', 'upgrade'],
    };
    const merged = await repository.intent(tenant, ids, {
      ...window,
      types: ['EXPANSION', 'NEW_BUSINESS'],
      statuses: ['ACTIVE', 'ACHIEVED'],
    });
    expect(merged.pipeline).toEqual(await repository.pipeline(tenant, ids, ['EXPANSION', 'NEW_BUSINESS']));
    expect(merged.inbound).toEqual(await repository.inboundRequests(tenant, ids, window));
    expect(merged.objectives).toEqual(await repository.objectives(tenant, ids, ['ACTIVE', 'ACHIEVED']));
    expect(merged.units).toEqual(await accounts.businessUnits(tenant, ids));
    const found = (m: Map<string, unknown[]>) => [...m.values()].some((rows) => rows.length > 0);
    expect([
      found(merged.pipeline),
      found(merged.inbound),
      found(merged.objectives),
      found(merged.units),
    ]).toEqual([true, true, true, true]);
  }, 120_000);

  it("the whitespace matrix's facts, and every other account's when the peers run short", async () => {
    const whitespace = new WhitespaceRepository(app.db);
    for (const id of ids) {
      const merged = (await whitespace.matrixFacts(tenant, id, 20))!;
      expect(merged).toBeDefined();
      const [root] = [...(await whitespace.accountFacts(tenant, [id])).values()];
      const candidateIds = await whitespace.peerCandidateIds(tenant, id, false);
      expect(merged.products).toEqual(await whitespace.products(tenant));
      expect(merged.candidateIds).toEqual(candidateIds);
      expect(merged.peers).toEqual(await whitespace.behaviouralPeers(tenant, id, 20));
      expect(merged.coOwnership).toEqual(await whitespace.coOwnership(tenant, id));
      const wanted = [id, ...root!.subsidiaryIds, ...candidateIds];
      const facts = await whitespace.accountFacts(tenant, wanted);
      expect(new Map([...merged.accounts].sort(([a], [b]) => a.localeCompare(b)))).toEqual(
        new Map([...facts].sort(([a], [b]) => a.localeCompare(b))),
      );
      const known = [...merged.accounts.keys()];
      const rest = await whitespace.otherAccountFacts(tenant, id, known);
      const everyone = await whitespace.peerCandidateIds(tenant, id, true);
      expect(rest.ids).toEqual(everyone);
      expect(rest.facts).toEqual(
        await whitespace.accountFacts(
          tenant,
          everyone.filter((other) => !known.includes(other)),
        ),
      );
    }
    expect(await whitespace.matrixFacts(tenant, 'acc-missing', 20)).toBeUndefined();
  }, 120_000);

  it.each([
    'health/inputs-by-account-ids',
    'threading/people-and-influence-by-account-ids',
    'whitespace/matrix-facts',
    'whitespace/other-account-facts',
    'signals/expansion-facts-by-account-ids',
    'opportunities/intent-by-account-ids',
  ])('%s starts from an index on the tenant and scans no label', async (name) => {
    const operators = (plan: PlanOperator): PlanOperator[] => [plan, ...plan.children.flatMap(operators)];
    const plan = operators(await app.db.explain(app.db.prepare(name)));
    expect(plan.some((op) => /IndexSeek/.test(op.operator) && /Account\(tenantId/.test(op.details))).toBe(
      true,
    );
    expect(plan.filter((op) => /LabelScan|AllNodesScan|RelationshipTypeScan/.test(op.operator))).toEqual([]);
  });
});
