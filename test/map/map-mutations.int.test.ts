import type { RunningApp } from '../../src/app';
import { emptyPortfolio } from '../support/fixtures';
import { startTestApp } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { clientFor, fingerprint, M, NOW, ok } from './map-fixtures';

type Data = Record<string, unknown>;

interface MapRead {
  account: { businessUnits: { id: string }[] };
  stakeholderMap: {
    nodes: { id: string }[];
    edges: { kind: string; source: string; target: string }[];
  };
}

interface Merged {
  mergeStakeholders: {
    mergedIds: string[];
    stakeholder: { email: string; roles: { role: string }[]; influences: { to: { id: string } }[] };
  };
}

/**
 * A whole account built through mutations only (the one team member our side needs for an
 * interaction is seeded: team members are not part of the customer's map), read back as the
 * stakeholder map; then the edits, merges, erasure and every refusal, each leaving both tenants'
 * graphs untouched when refused.
 */
describe('map mutations', () => {
  let app: RunningApp;
  const tenant = testTenant('map-mutations');
  const other = testTenant('map-mutations-other');
  const changed: string[][] = [];
  let editor: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, {
      ...emptyPortfolio(),
      teamMembers: [
        { id: 'tm-kim', name: 'Kim Seller', email: 'kim@us.example', title: 'AE', managerId: null },
      ],
    });
    app.services.mapMutations.changes.subscribe((tenantId, ids) => {
      if (tenantId === tenant) changed.push([...ids]);
      return Promise.resolve();
    });
    editor = clientFor(app, tenant);
    const foreign = clientFor(app, other);
    ok(await foreign(M.createAccount, { input: { id: 'acc-x', name: 'Elsewhere Inc' } }));
    ok(
      await foreign(M.createStakeholder, {
        input: { id: 'p-x', accountId: 'acc-x', name: 'Xavier Outside' },
      }),
    );
  });
  afterAll(() => app.stop());

  /** Runs a mutation that must be refused; checks nothing changed in either tenant. */
  async function refused(
    query: string,
    input: Record<string, unknown>,
    role: 'EDITOR' | 'VIEWER' = 'EDITOR',
  ) {
    const before = [await fingerprint(app, tenant), await fingerprint(app, other)];
    const result = await clientFor(app, tenant, role)(query, { input });
    expect(result.data ?? null).toBeNull();
    expect([await fingerprint(app, tenant), await fingerprint(app, other)]).toEqual(before);
    const error = result.errors?.[0];
    return {
      code: error?.extensions?.['code'],
      message: error?.message ?? '',
      extensions: error?.extensions ?? {},
    };
  }

  it('builds a whole account through mutations and reads it back as the stakeholder map', async () => {
    ok(
      await editor(M.createAccount, {
        input: { id: 'acc-group', name: 'Harbour Group', segment: 'ENTERPRISE' },
      }),
    );
    const created = ok<Data>(
      await editor(M.createAccount, {
        input: {
          id: 'acc-hb',
          name: 'Harbour Bank',
          industry: 'Banking',
          segment: 'ENTERPRISE',
          parentId: 'acc-group',
          customerSince: '2024-02-01',
        },
      }),
    );
    expect(created['createAccount']).toMatchObject({
      id: 'acc-hb',
      parent: { id: 'acc-group' },
      archivedAt: null,
    });

    ok(
      await editor(M.createBusinessUnit, {
        input: {
          id: 'bu-ops',
          accountId: 'acc-hb',
          name: 'Operations',
          kind: 'BUSINESS_UNIT',
          headcount: 400,
        },
      }),
    );
    ok(
      await editor(M.createBusinessUnit, {
        input: { id: 'bu-fin', accountId: 'acc-hb', name: 'Finance', kind: 'DEPARTMENT' },
      }),
    );
    const person = (id: string, name: string, extra: Record<string, unknown>) =>
      editor(M.createStakeholder, { input: { id, accountId: 'acc-hb', name, ...extra } });
    ok(
      await person('p-cora', 'Cora Chief', { title: 'CEO', seniority: 'C_LEVEL', email: 'cora@hb.example' }),
    );
    ok(
      await person('p-felix', 'Felix Funds', {
        title: 'CFO',
        seniority: 'C_LEVEL',
        department: 'Finance',
        businessUnitId: 'bu-fin',
        managerId: 'p-cora',
      }),
    );
    ok(
      await person('p-chris', 'Chris Champion', {
        title: 'Director of Operations',
        seniority: 'DIRECTOR',
        businessUnitId: 'bu-ops',
      }),
    );
    const uma = ok<Data>(
      await person('p-uma', 'Uma User', {
        title: 'Analyst',
        seniority: 'INDIVIDUAL_CONTRIBUTOR',
        businessUnitId: 'bu-ops',
        managerId: 'p-chris',
      }),
    );
    expect(uma['createStakeholder']).toMatchObject({
      status: 'ACTIVE',
      businessUnit: { id: 'bu-ops' },
      manager: { id: 'p-chris' },
    });
    ok(await editor(M.setReportingLine, { input: { stakeholderId: 'p-chris', managerId: 'p-cora' } }));
    ok(
      await editor(M.assignRole, {
        input: { stakeholderId: 'p-chris', accountId: 'acc-hb', role: 'CHAMPION', since: '2026-01-01' },
      }),
    );
    ok(
      await editor(M.assignRole, {
        input: { stakeholderId: 'p-felix', accountId: 'acc-hb', role: 'ECONOMIC_BUYER', since: '2026-01-01' },
      }),
    );
    ok(
      await editor(M.addInfluence, {
        input: { fromStakeholderId: 'p-chris', toStakeholderId: 'p-felix', weight: 0.7, kind: 'INFORMAL' },
      }),
    );
    ok(
      await editor(M.createProduct, {
        input: { id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 600 },
      }),
    );
    const subscription = ok<Data>(
      await editor(M.createSubscription, {
        input: {
          id: 'sub-hb-core',
          accountId: 'acc-hb',
          productId: 'prod-core',
          businessUnitId: 'bu-ops',
          seatsLicensed: 100,
          seatsUsed: 80,
          arr: 60000,
          startDate: '2026-01-01',
          renewalDate: '2027-01-01',
          status: 'ACTIVE',
        },
      }),
    );
    expect(subscription['createSubscription']).toMatchObject({
      startDate: '2026-01-01',
      product: { id: 'prod-core' },
      businessUnit: { id: 'bu-ops' },
    });
    const opportunity = ok<Data>(
      await editor(M.createOpportunity, {
        input: {
          id: 'opp-hb-1',
          accountId: 'acc-hb',
          productId: 'prod-core',
          ownerId: 'tm-kim',
          name: 'Core seats for Finance',
          type: 'EXPANSION',
          stage: 'Discovery',
          status: 'OPEN',
          amount: 30000,
          closeDate: '2027-03-31',
          contactRoles: [
            { stakeholderId: 'p-felix', role: 'ECONOMIC_BUYER', isPrimary: true },
            { stakeholderId: 'p-chris', role: 'CHAMPION' },
          ],
        },
      }),
    );
    // The primary contact comes first.
    expect(opportunity['createOpportunity']).toMatchObject({
      contactRoles: [{ isPrimary: true }, { isPrimary: false }],
    });
    ok(
      await editor(M.recordInteraction, {
        input: {
          accountId: 'acc-hb',
          type: 'MEETING',
          direction: 'MUTUAL',
          occurredAt: '2026-11-10T10:00:00Z',
          teamMemberIds: ['tm-kim'],
          stakeholderIds: ['p-felix', 'p-chris'],
        },
      }),
    );

    const read = ok<MapRead & Data>(
      await editor(`{
        account(id: "acc-hb") { name parent { id } businessUnits { id } subscriptions { id arr product { name } } }
        stakeholderMap(accountId: "acc-hb") {
          nodes { id side level roles businessUnitId }
          edges { kind source target weight }
        }
      }`),
    );
    expect(read['account']).toMatchObject({
      name: 'Harbour Bank',
      parent: { id: 'acc-group' },
      subscriptions: [{ id: 'sub-hb-core', arr: 60000, product: { name: 'Core Platform' } }],
    });
    expect(read.account.businessUnits.map((u) => u.id).sort()).toEqual(['bu-fin', 'bu-ops']);
    const nodes = Object.fromEntries(read.stakeholderMap.nodes.map((n) => [n.id, n]));
    expect(Object.keys(nodes).sort()).toEqual(['p-chris', 'p-cora', 'p-felix', 'p-uma', 'tm-kim']);
    expect(nodes['p-cora']).toMatchObject({ level: 0, side: 'CUSTOMER' });
    expect(nodes['p-chris']).toMatchObject({ level: 1, roles: ['CHAMPION'], businessUnitId: 'bu-ops' });
    expect(nodes['p-uma']).toMatchObject({ level: 2 });
    const edges = read.stakeholderMap.edges.map((e) => `${e.kind} ${e.source}->${e.target}`).sort();
    expect(edges).toEqual([
      'INFLUENCES p-chris->p-felix',
      'RELATIONSHIP tm-kim->p-chris',
      'RELATIONSHIP tm-kim->p-felix',
      'REPORTS_TO p-chris->p-cora',
      'REPORTS_TO p-felix->p-cora',
      'REPORTS_TO p-uma->p-chris',
    ]);
    // Every write told the re-scoring hook which accounts it touched (the subsidiary's parent too).
    expect(changed[1]).toEqual(['acc-group', 'acc-hb']);
    expect(changed.flat().every((id) => ['acc-group', 'acc-hb'].includes(id))).toBe(true);
  });

  it('answers a retried create without writing again, and refuses the same id with other input', async () => {
    const input = { id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 600 };
    const before = await fingerprint(app, tenant);
    expect(ok<Data>(await editor(M.createProduct, { input }))['createProduct']).toMatchObject({
      id: 'prod-core',
    });
    expect(await fingerprint(app, tenant)).toEqual(before);

    const duplicate = await refused(M.createProduct, { ...input, listPricePerSeat: 700 });
    expect(duplicate).toMatchObject({
      code: 'CONFLICT',
      extensions: { reason: 'DUPLICATE_KEY', entity: 'Product', id: 'prod-core' },
    });
    const sameName = await refused(M.createProduct, { id: 'prod-core-2', name: 'core platform' });
    expect(sameName).toMatchObject({
      code: 'CONFLICT',
      extensions: { reason: 'DUPLICATE_KEY', existingId: 'prod-core', field: 'name' },
    });
    const sameEmail = await refused(M.createStakeholder, {
      accountId: 'acc-hb',
      name: 'Cora Again',
      email: 'CORA@hb.example',
    });
    expect(sameEmail).toMatchObject({
      code: 'CONFLICT',
      extensions: { existingId: 'p-cora', field: 'email' },
    });
  });

  it('refuses a reporting line that would make a cycle, naming the loop', async () => {
    const loop = await refused(M.setReportingLine, { stakeholderId: 'p-cora', managerId: 'p-uma' });
    expect(loop.code).toBe('BAD_USER_INPUT');
    expect(loop.extensions).toMatchObject({
      field: 'managerId',
      reason: 'CYCLE',
      path: ['p-uma', 'p-chris', 'p-cora'],
    });
    const self = await refused(M.setReportingLine, { stakeholderId: 'p-cora', managerId: 'p-cora' });
    expect(self.code).toBe('BAD_USER_INPUT');
    const parentLoop = await refused(M.updateAccount, { id: 'acc-group', parentId: 'acc-hb' });
    expect(parentLoop).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'parentId', reason: 'CYCLE' },
    });
  });

  it("refuses unknown ids and another tenant's ids with NOT_FOUND, writing nothing", async () => {
    expect(await refused(M.createStakeholder, { accountId: 'acc-nope', name: 'Nobody' })).toMatchObject({
      code: 'NOT_FOUND',
      extensions: { entity: 'Account', id: 'acc-nope' },
    });
    expect(
      await refused(M.createSubscription, {
        accountId: 'acc-x',
        productId: 'prod-core',
        seatsLicensed: 1,
        arr: 1,
        startDate: '2026-01-01',
        status: 'ACTIVE',
      }),
    ).toMatchObject({ code: 'NOT_FOUND', extensions: { entity: 'Account', id: 'acc-x' } });
    expect(await refused(M.setReportingLine, { stakeholderId: 'p-uma', managerId: 'p-x' })).toMatchObject({
      code: 'NOT_FOUND',
      extensions: { entity: 'Stakeholder', id: 'p-x' },
    });
    expect(
      await refused(M.createOpportunity, {
        accountId: 'acc-hb',
        name: 'X',
        type: 'EXPANSION',
        stage: 'S',
        status: 'OPEN',
        contactRoles: [{ stakeholderId: 'p-x', role: 'CHAMPION' }],
      }),
    ).toMatchObject({ code: 'NOT_FOUND', extensions: { id: 'p-x' } });
    expect(await refused(M.eraseStakeholder, { id: 'p-x' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses invalid input, a cross-account placement and a VIEWER', async () => {
    const invalid = await refused(M.createSubscription, {
      accountId: 'acc-hb',
      productId: 'prod-core',
      seatsLicensed: -1,
      arr: 1,
      startDate: '2026-01-01',
      status: 'ACTIVE',
    });
    expect(invalid).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [expect.objectContaining({ field: 'seatsLicensed' })] },
    });
    expect(
      await refused(M.updateSubscription, { id: 'sub-hb-core', renewalDate: '2025-01-01' }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'renewalDate' },
    });
    expect(await refused(M.updateAccount, { id: 'acc-hb', name: null })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'name' },
    });
    ok(await editor(M.createAccount, { input: { id: 'acc-other', name: 'Other Co' } }));
    expect(await refused(M.setReportingLine, { stakeholderId: 'p-uma', managerId: 'p-x2' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await refused(M.createStakeholder, {
        accountId: 'acc-other',
        name: 'Misplaced',
        businessUnitId: 'bu-ops',
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'businessUnitId' },
    });
    expect(await refused(M.createAccount, { name: 'Read Only' }, 'VIEWER')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('updates, archives and clears, answering the node as it now is', async () => {
    expect(
      ok<Data>(
        await editor(M.updateAccount, { input: { id: 'acc-hb', employeeCount: 5200, parentId: null } }),
      )['updateAccount'],
    ).toEqual({
      id: 'acc-hb',
      name: 'Harbour Bank',
      employeeCount: 5200,
      parent: null,
    });
    expect(
      ok<Data>(await editor(M.updateBusinessUnit, { input: { id: 'bu-fin', headcount: 35 } }))[
        'updateBusinessUnit'
      ],
    ).toMatchObject({ name: 'Finance', headcount: 35 });
    expect(
      ok<Data>(
        await editor(M.updateStakeholder, {
          input: { id: 'p-uma', title: 'Senior Analyst', businessUnitId: null },
        }),
      )['updateStakeholder'],
    ).toMatchObject({
      title: 'Senior Analyst',
      seniority: 'INDIVIDUAL_CONTRIBUTOR',
      businessUnit: null,
    });
    expect(
      ok<Data>(await editor(M.clearReportingLine, { input: { stakeholderId: 'p-uma' } }))[
        'clearReportingLine'
      ],
    ).toEqual({ id: 'p-uma', manager: null });
    expect(
      ok<Data>(
        await editor(M.updateSubscription, { input: { id: 'sub-hb-core', seatsLicensed: 150, arr: 90000 } }),
      )['updateSubscription'],
    ).toMatchObject({
      seatsLicensed: 150,
      seatsUsed: 80,
      arr: 90000,
      renewalDate: '2027-01-01',
    });
    expect(
      ok<Data>(
        await editor(M.updateOpportunity, {
          input: {
            id: 'opp-hb-1',
            stage: 'Proposal',
            contactRoles: [{ stakeholderId: 'p-cora', role: 'DECISION_MAKER' }],
          },
        }),
      )['updateOpportunity'],
    ).toEqual({
      id: 'opp-hb-1',
      stage: 'Proposal',
      status: 'OPEN',
      contactRoles: [{ role: 'DECISION_MAKER', stakeholder: { id: 'p-cora' } }],
    });
    const archived = ok<Data>(await editor(M.archiveAccount, { input: { id: 'acc-other' } }))[
      'archiveAccount'
    ];
    expect(archived).toEqual({ id: 'acc-other', archivedAt: '2026-11-22' });
  });

  it('merges a duplicate person: relationships move, history is kept, the duplicate id is gone', async () => {
    ok(
      await editor(M.createStakeholder, {
        input: { id: 'p-chris-dup', accountId: 'acc-hb', name: 'Chris Champion', email: 'chris@hb.example' },
      }),
    );
    ok(
      await editor(M.assignRole, {
        input: { stakeholderId: 'p-chris-dup', accountId: 'acc-hb', role: 'INFLUENCER', since: '2025-06-01' },
      }),
    );
    ok(
      await editor(M.addInfluence, {
        input: { fromStakeholderId: 'p-chris-dup', toStakeholderId: 'p-cora', weight: 0.4, kind: 'FORMAL' },
      }),
    );
    ok(
      await editor(M.recordInteraction, {
        input: {
          accountId: 'acc-hb',
          type: 'CALL',
          direction: 'INBOUND',
          occurredAt: '2026-11-12T10:00:00Z',
          teamMemberIds: ['tm-kim'],
          stakeholderIds: ['p-chris-dup'],
        },
      }),
    );

    const merged = ok<Merged>(
      await editor(M.mergeStakeholders, { input: { survivorId: 'p-chris', duplicateId: 'p-chris-dup' } }),
    ).mergeStakeholders;
    expect(merged.mergedIds).toEqual(['p-chris-dup']);
    expect(merged.stakeholder.email).toBe('chris@hb.example');
    expect(merged.stakeholder.roles.map((r) => r.role).sort()).toEqual(['CHAMPION', 'INFLUENCER']);
    expect(merged.stakeholder.influences.map((i) => i.to.id).sort()).toEqual(['p-cora', 'p-felix']);
    const after = await editor(`{ stakeholder(id: "p-chris-dup") { id } }`);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const count = await app.db.read<{ n: number }>(
      {
        name: 'test/chris-interactions',
        text: `MATCH (:Person {tenantId: $tenantId, id: 'p-chris'})-[:PARTICIPATED_IN]->(i) RETURN count(i) AS n`,
      },
      tenant,
    );
    expect(count[0]?.n).toBe(2);
    expect(
      await refused(M.mergeStakeholders, { survivorId: 'p-chris', duplicateId: 'p-chris' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('erases a person: the node and personal fields go, interactions stay as anonymous history', async () => {
    const erased = ok<Data>(await editor(M.eraseStakeholder, { input: { id: 'p-felix' } }))[
      'eraseStakeholder'
    ];
    expect(erased).toEqual({
      erasedId: 'p-felix',
      interactionsAnonymised: 1,
      rolesRemoved: 1,
      influencesRemoved: 1,
      recordsKept: 0,
      account: { id: 'acc-hb' },
    });
    const left = await app.db.read<{ people: number; anonymous: number[]; mentions: number }>(
      {
        name: 'test/erased',
        text: `OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: 'p-felix'})
               WITH count(p) AS people
               MATCH (i:Interaction {tenantId: $tenantId})
               RETURN people, collect(coalesce(i.anonymousParticipants, 0)) AS anonymous,
                      size([x IN collect(i) WHERE x.subject CONTAINS 'Felix']) AS mentions`,
      },
      tenant,
    );
    expect(left[0]).toMatchObject({ people: 0, mentions: 0 });
    expect(left[0]?.anonymous.sort()).toEqual([0, 1]);
  });
});
