import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import {
  ADD_INFLUENCE,
  ASSIGN_ROLE,
  END_ROLE,
  graphFingerprint,
  mutate,
  mutationPortfolio,
  NOW,
  RECORD_INTERACTION,
  RECORD_OBJECTIVE,
  RECORD_USAGE,
} from './mutation-fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Each mutation on the hand-built portfolio (test/support/fixtures.ts + mutation-fixtures.ts),
 * with what it returns and what the graph reads afterwards, worked out by hand.
 */
describe('mutations that keep the graph current', () => {
  let app: RunningApp;
  const tenant = testTenant('mutations');
  const viewer = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, mutationPortfolio());
  });
  afterAll(() => app.stop());

  describe('recordInteraction', () => {
    const mapEdge = async (source: string, target: string) => {
      const result = await gql<{ stakeholderMap: { edges: Record<string, unknown>[] } }>(
        app,
        `{ stakeholderMap(accountId: "acc-nw") {
             edges { kind source target interactionCount twoWayCount lastInteractionAt } } }`,
        {},
        viewer,
      );
      return result.data!.stakeholderMap.edges.find(
        (e) => e.kind === 'RELATIONSHIP' && e.source === source && e.target === target,
      );
    };

    it('writes the interaction with both sides, and the stakeholder map counts it at once', async () => {
      // Before: tm-ae ↔ Dana has i-1 (OUTBOUND email), i-2 (MUTUAL meeting), i-3 (INBOUND call),
      // all within the map's default 365 days: 3 interactions, 2 of them two-way. tm-csm ↔ Dana: none.
      expect(await mapEdge('tm-ae', 'p-dana')).toMatchObject({ interactionCount: 3, twoWayCount: 2 });
      expect(await mapEdge('tm-csm', 'p-dana')).toBeUndefined();

      const result = await mutate<{ recordInteraction: Record<string, unknown> }>(
        app,
        tenant,
        RECORD_INTERACTION,
        {
          accountId: 'acc-nw',
          type: 'MEETING',
          direction: 'MUTUAL',
          occurredAt: '2026-11-20T15:00:00Z',
          durationMinutes: 45,
          subject: '  Renewal planning ',
          teamMemberIds: ['tm-ae', 'tm-csm'],
          stakeholderIds: ['p-dana', 'p-eli'],
        },
      );
      expect(result.errors).toBeUndefined();
      const recorded = result.data!.recordInteraction;
      expect(recorded['id']).toMatch(UUID);
      expect({
        ...recorded,
        id: 'uuid',
        teamMembers: (recorded['teamMembers'] as { id: string }[]).map((t) => t.id).sort(),
        stakeholders: (recorded['stakeholders'] as { id: string }[]).map((p) => p.id).sort(),
      }).toEqual({
        id: 'uuid',
        type: 'MEETING',
        direction: 'MUTUAL',
        occurredAt: '2026-11-20T15:00:00.000Z',
        durationMinutes: 45,
        subject: 'Renewal planning',
        account: { id: 'acc-nw' },
        teamMembers: ['tm-ae', 'tm-csm'],
        stakeholders: ['p-dana', 'p-eli'],
      });

      // After: tm-ae ↔ Dana 3 + 1 = 4 interactions, 2 + 1 = 3 two-way, the latest the new one;
      // tm-csm ↔ Dana 1 (two-way); tm-csm ↔ Eli had i-4 (2026-11-01, OUTBOUND) and now 2.
      expect(await mapEdge('tm-ae', 'p-dana')).toMatchObject({
        interactionCount: 4,
        twoWayCount: 3,
        lastInteractionAt: '2026-11-20T15:00:00.000Z',
      });
      expect(await mapEdge('tm-csm', 'p-dana')).toMatchObject({ interactionCount: 1, twoWayCount: 1 });
      expect(await mapEdge('tm-csm', 'p-eli')).toMatchObject({ interactionCount: 2, twoWayCount: 1 });
    });

    it('accepts a person who has left, for an interaction from before they left', async () => {
      // Pat left on 2026-10-01; a call on 2026-09-15 is history worth keeping.
      const result = await mutate(app, tenant, RECORD_INTERACTION, {
        accountId: 'acc-nw',
        type: 'CALL',
        direction: 'INBOUND',
        occurredAt: '2026-09-15T09:00:00Z',
        teamMemberIds: ['tm-csm'],
        stakeholderIds: ['p-pat'],
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!['recordInteraction']).toMatchObject({ durationMinutes: null, subject: null });
    });
  });

  describe('roles', () => {
    const roles = async (personId: string) => {
      const result = await gql<{ stakeholder: { current: unknown[]; history: unknown[] } }>(
        app,
        `query($id: ID!) { stakeholder(id: $id) {
           current: roles { role since until }
           history: roles(includeEnded: true) { role since until source } } }`,
        { id: personId },
        viewer,
      );
      return result.data!.stakeholder;
    };

    it('assigns a role, which the person and the account then show as held', async () => {
      const result = await mutate(app, tenant, ASSIGN_ROLE, {
        stakeholderId: 'p-clara',
        accountId: 'acc-nw',
        role: 'EXECUTIVE_SPONSOR',
        since: '2026-11-01',
        source: ' analyst ',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!['assignStakeholderRole']).toEqual({
        role: 'EXECUTIVE_SPONSOR',
        since: '2026-11-01',
        until: null,
        source: 'analyst',
        stakeholder: { id: 'p-clara' },
        account: { id: 'acc-nw' },
      });
      expect((await roles('p-clara')).current).toEqual([
        { role: 'EXECUTIVE_SPONSOR', since: '2026-11-01', until: null },
      ]);
    });

    it('ends the open role and keeps its history; the role can then be taken again', async () => {
      const ended = await mutate(app, tenant, END_ROLE, {
        stakeholderId: 'p-dana',
        accountId: 'acc-nw',
        role: 'CHAMPION',
        until: '2026-11-21',
      });
      expect(ended.errors).toBeUndefined();
      expect(ended.data!['endStakeholderRole']).toEqual({
        role: 'CHAMPION',
        since: '2026-10-01',
        until: '2026-11-21',
        source: 'crm',
        stakeholder: { id: 'p-dana' },
        account: { id: 'acc-nw' },
      });
      expect(await roles('p-dana')).toEqual({
        current: [],
        history: [{ role: 'CHAMPION', since: '2026-10-01', until: '2026-11-21', source: 'crm' }],
      });

      // A new assignment may start the day the last one ended (2026-11-21 < 2026-11-21 is false).
      const again = await mutate(app, tenant, ASSIGN_ROLE, {
        stakeholderId: 'p-dana',
        accountId: 'acc-nw',
        role: 'CHAMPION',
        since: '2026-11-21',
      });
      expect(again.errors).toBeUndefined();
      expect((await roles('p-dana')).history).toEqual([
        { role: 'CHAMPION', since: '2026-11-21', until: null, source: null },
        { role: 'CHAMPION', since: '2026-10-01', until: '2026-11-21', source: 'crm' },
      ]);
    });
  });

  describe('addInfluence', () => {
    it('adds an edge, then re-estimates it in place and says what it replaced', async () => {
      const first = await mutate(app, tenant, ADD_INFLUENCE, {
        fromStakeholderId: 'p-victor',
        toStakeholderId: 'p-clara',
        weight: 0.7,
        kind: 'FORMAL',
      });
      expect(first.errors).toBeUndefined();
      expect(first.data!['addInfluence']).toEqual({
        influence: {
          weight: 0.7,
          kind: 'FORMAL',
          source: null,
          from: { id: 'p-victor' },
          to: { id: 'p-clara' },
        },
        previous: null,
      });

      const second = await mutate(app, tenant, ADD_INFLUENCE, {
        fromStakeholderId: 'p-victor',
        toStakeholderId: 'p-clara',
        weight: 0.9,
        kind: 'INFORMAL',
        source: 'QBR notes',
      });
      expect(second.data!['addInfluence']).toEqual({
        influence: {
          weight: 0.9,
          kind: 'INFORMAL',
          source: 'QBR notes',
          from: { id: 'p-victor' },
          to: { id: 'p-clara' },
        },
        previous: { weight: 0.7, kind: 'FORMAL', source: null },
      });

      // One edge per ordered pair: Clara is swayed by Victor once, at the new weight.
      const clara = await gql<{ stakeholder: { influencedBy: unknown[] } }>(
        app,
        '{ stakeholder(id: "p-clara") { influencedBy { weight kind from { id } } } }',
        {},
        viewer,
      );
      expect(clara.data!.stakeholder.influencedBy).toEqual([
        { weight: 0.9, kind: 'INFORMAL', from: { id: 'p-victor' } },
      ]);
    });
  });

  describe('recordObjective', () => {
    it('writes the objective on the account, owned by the person', async () => {
      const result = await mutate<{ recordObjective: Record<string, unknown> }>(
        app,
        tenant,
        RECORD_OBJECTIVE,
        {
          accountId: 'acc-nw',
          title: ' Close the books in 5 days ',
          metric: 'days to close',
          targetValue: 5,
          dueDate: '2027-03-31',
          ownerStakeholderId: 'p-victor',
          status: 'ACTIVE',
        },
      );
      expect(result.errors).toBeUndefined();
      const objective = result.data!.recordObjective;
      expect(objective['id']).toMatch(UUID);
      expect(objective).toEqual({
        id: objective['id'],
        title: 'Close the books in 5 days',
        metric: 'days to close',
        targetValue: 5,
        dueDate: '2027-03-31',
        status: 'ACTIVE',
        account: { id: 'acc-nw' },
        owner: { id: 'p-victor', name: 'Victor Vale' },
      });
      const links = await app.db.read<{ owner: string; account: string }>(
        {
          name: 'test/objective-links',
          text: `MATCH (p:Person)-[:OWNS_OBJECTIVE]->(o:Objective {tenantId: $tenantId, id: $id})<-[:HAS_OBJECTIVE]-(a:Account)
                 RETURN p.id AS owner, a.id AS account`,
        },
        tenant,
        { id: objective['id'] },
      );
      expect(links).toEqual([{ owner: 'p-victor', account: 'acc-nw' }]);
    });

    it('needs no owner, metric or due date', async () => {
      const result = await mutate(app, tenant, RECORD_OBJECTIVE, {
        accountId: 'acc-nw',
        title: 'Consolidate reporting tools',
        status: 'PROPOSED',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!['recordObjective']).toMatchObject({ metric: null, dueDate: null, owner: null });
    });
  });

  describe('recordUsageSnapshot', () => {
    const subscriptions = async () => {
      const result = await gql<{ account: { subscriptions: { id: string; seatsUsed: number | null }[] } }>(
        app,
        '{ account(id: "acc-nw") { subscriptions { id seatsUsed } } }',
        {},
        viewer,
      );
      return Object.fromEntries(result.data!.account.subscriptions.map((s) => [s.id, s.seatsUsed]));
    };

    it('records the latest reading and makes it the subscription’s seatsUsed', async () => {
      expect((await subscriptions())['sub-nw-core']).toBe(92);
      const result = await mutate(app, tenant, RECORD_USAGE, {
        subscriptionId: 'sub-nw-core',
        date: '2026-11-22',
        licensedSeats: 100,
        activeSeats: 97,
        featuresAdopted: 12,
        featuresAvailable: 20,
      });
      expect(result.errors).toBeUndefined();
      // 97 / 100 = 0.97, newer than the 2026-11-01 reading: seatsUsed 92 → 97.
      expect(result.data!['recordUsageSnapshot']).toMatchObject({
        snapshot: { date: '2026-11-22', activeSeats: 97, utilisation: 0.97, businessUnit: null },
        subscription: { id: 'sub-nw-core', seatsLicensed: 100, seatsUsed: 97, utilisation: 0.97 },
        seatsUsedUpdated: true,
      });
      expect((await subscriptions())['sub-nw-core']).toBe(97);
    });

    it('keeps seatsUsed for a backdated reading or a reading of one unit', async () => {
      const backdated = await mutate(app, tenant, RECORD_USAGE, {
        subscriptionId: 'sub-nw-core',
        date: '2026-10-15',
        licensedSeats: 100,
        activeSeats: 90,
      });
      expect(backdated.data!['recordUsageSnapshot']).toMatchObject({
        subscription: { seatsUsed: 97 },
        seatsUsedUpdated: false,
      });

      // Same day as the account-wide reading, but for IT only: another scope, so no clash.
      const unit = await mutate(app, tenant, RECORD_USAGE, {
        subscriptionId: 'sub-nw-core',
        date: '2026-11-22',
        licensedSeats: 40,
        activeSeats: 12,
        businessUnitId: 'bu-nw-it',
      });
      expect(unit.errors).toBeUndefined();
      expect(unit.data!['recordUsageSnapshot']).toMatchObject({
        snapshot: { activeSeats: 12, utilisation: 0.3, businessUnit: { id: 'bu-nw-it' } },
        subscription: { seatsUsed: 97 },
        seatsUsedUpdated: false,
      });
      expect((await subscriptions())['sub-nw-core']).toBe(97);
    });

    it('takes more active than licensed seats only when told to', async () => {
      // Northwind Labs' 50 seats had no reading: this one is the latest, 55 / 50 = 1.1.
      const result = await mutate(app, tenant, RECORD_USAGE, {
        subscriptionId: 'sub-labs-core',
        date: '2026-11-20',
        licensedSeats: 50,
        activeSeats: 55,
        allowOverage: true,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!['recordUsageSnapshot']).toMatchObject({
        snapshot: { utilisation: 1.1 },
        subscription: { seatsUsed: 55, utilisation: 1.1 },
        seatsUsedUpdated: true,
      });
    });
  });

  it('writes only the caller’s tenant', async () => {
    // Everything above happened in `tenant`; a tenant seeded the same way is untouched by it.
    const twin = testTenant('mutations-twin');
    await seedTenant(app.db, twin, mutationPortfolio());
    const before = await graphFingerprint(app, twin);
    await mutate(app, tenant, ADD_INFLUENCE, {
      fromStakeholderId: 'p-olga',
      toStakeholderId: 'p-clara',
      weight: 0.4,
      kind: 'FORMAL',
    });
    expect(await graphFingerprint(app, twin)).toBe(before);
  });
});
