import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { REL_NOW, relationshipPortfolio } from '../support/relationship-fixtures';
import { seedTenant } from '../support/seed';

/*
 * Sam, Acme's champion, leaves. By hand (defaults; see threading-risk.int.test.ts for "before"):
 *   After, only Ana is engaged: BREADTH 1; contact Ana 1.1443, Ian 0.1389, Felix 0.0535 → shares
 *   0.8561, 0.1039, 0.0400 → HHI 0.7453 → CONCENTRATION 0.8007; the champion role is now MISSING →
 *   ROLE_COVERAGE (1 + 0.5 + 1 + 0.5) / 4 = 0.75; no champion, one department, one level, one branch →
 *   STRUCTURE 1; Ana alone carries Felix and Olive (through Ian and Cora) → CRITICAL 1.
 *   100 × (0.25 + 0.2×0.8007 + 0.2×0.75 + 0.15 + 0.2) = 91.0 (HIGH), from 53.9 (MEDIUM): +37.1.
 * Build next (reason weights SUCCESSOR 3, MANAGER 3, INFLUENCED 2 × weight, ACTIVE_USER 1.5; + strength/100):
 *   Ana   inferred successor (Operations, one level below, the only candidate)  3 + 0.55   = 3.55
 *   Olive Sam's manager (no contact with us)                                    3 + 0      = 3
 *   Ian   active user outside Sam's team (1 ticket + 1 interaction in 180 days) 1.5 + 0.252 = 1.752
 *   Felix swayed by Sam (0.6)                                                   1.2 + 0.155 = 1.355
 */
const IMPACT = `asOf rolesLeftEmpty successorInferred dataGaps
  stakeholder { id } account { id } successor { id }
  rolesEnded { role leftEmpty stillHeldBy { id } }
  opportunities { opportunityId contactRole losesOnlyEngagedThread remainingEngagedContacts { id } }
  objectives { objectiveId title candidateOwners { id } }
  subscriptions { scope losesOnlyEngagedThread subscription { id arr } remainingEngaged { id } }
  department { name engagedBefore losesOnlyEngagedThread remainingEngaged { id } }
  risk { scoreBefore levelBefore scoreAfter levelAfter change components { name before after change } }
  after { criticalPeople { stakeholder { id } cutsOffAll } dataGaps }
  buildNext { rank priority stakeholder { id } reasons { reason detail } ticketsRaised recentInteractions influenceWeight }`;

const EXPECTED_RISK = {
  scoreBefore: 53.9,
  levelBefore: 'MEDIUM',
  scoreAfter: 91,
  levelAfter: 'HIGH',
  change: 37.1,
  components: [
    { name: 'BREADTH', before: 0.8, after: 1, change: 0.2 },
    { name: 'CONCENTRATION', before: 0.539, after: 0.801, change: 0.262 },
    { name: 'ROLE_COVERAGE', before: 0.5, after: 0.75, change: 0.25 },
    { name: 'STRUCTURE', before: 0.875, after: 1, change: 0.125 },
    { name: 'CRITICAL_PEOPLE', before: 0, after: 1, change: 1 },
  ],
};

describe('what a departure costs', () => {
  let app: RunningApp;
  const tenant = testTenant('rel-departure');
  const writes = testTenant('rel-departure-write');

  beforeAll(async () => {
    app = await startTestApp({}, () => REL_NOW);
    await seedTenant(app.db, tenant, relationshipPortfolio());
    await seedTenant(app.db, writes, relationshipPortfolio());
  });
  afterAll(() => app.stop());

  it('answers a what-if without writing: roles, deals, objectives, subscriptions, risk and whom to build', async () => {
    const result = await gql<{ departureImpact: Record<string, unknown> }>(
      app,
      `{ departureImpact(stakeholderId: "p-sam") { ${IMPACT} } }`,
      {},
      tokenFor(tenant),
    );
    expect(result.errors).toBeUndefined();
    const id = (x: string) => ({ id: x });
    expect(result.data!.departureImpact).toEqual({
      asOf: '2026-12-01',
      rolesLeftEmpty: ['CHAMPION'],
      successorInferred: true,
      // The demo-free portfolio has no per-user usage export: active users rank by interactions, and say so.
      dataGaps: [
        'No product usage per person is known here: most active users are ranked by interactions and tickets',
      ],
      stakeholder: id('p-sam'),
      account: id('acc-acme'),
      successor: id('p-ana'),
      rolesEnded: [{ role: 'CHAMPION', leftEmpty: true, stillHeldBy: [] }],
      // The renewal keeps only Felix, whom we do not engage; the expansion keeps Ana.
      opportunities: [
        {
          opportunityId: 'opp-renewal',
          contactRole: 'CHAMPION',
          losesOnlyEngagedThread: true,
          remainingEngagedContacts: [],
        },
        {
          opportunityId: 'opp-expansion',
          contactRole: 'CHAMPION',
          losesOnlyEngagedThread: false,
          remainingEngagedContacts: [id('p-ana')],
        },
      ],
      objectives: [
        { objectiveId: 'obj-cycle', title: 'Cut order-to-ship time by 30%', candidateOwners: [id('p-ana')] },
      ],
      subscriptions: [
        {
          scope: 'UNIT',
          losesOnlyEngagedThread: false,
          subscription: { id: 'sub-acme-ops', arr: 50_000 },
          remainingEngaged: [id('p-ana')],
        },
      ],
      department: {
        name: 'Operations',
        engagedBefore: 2,
        losesOnlyEngagedThread: false,
        remainingEngaged: [id('p-ana')],
      },
      risk: EXPECTED_RISK,
      after: {
        criticalPeople: [
          { stakeholder: id('p-ana'), cutsOffAll: true },
          { stakeholder: id('p-cora'), cutsOffAll: true },
          { stakeholder: id('p-ian'), cutsOffAll: true },
        ],
        dataGaps: ['No current champion: the champion-subtree share is left out'],
      },
      buildNext: [
        {
          // SUCCESSOR 3 + ACTIVE_USER 1.5 (in Sam's own team: kept in the ranking, marked) + 0.55.
          rank: 1,
          priority: 5.05,
          stakeholder: id('p-ana'),
          reasons: [
            {
              reason: 'SUCCESSOR',
              detail:
                'Likely successor: Operations, one level below, the most contact with us of 1 candidate(s) (strength 55)',
            },
            {
              reason: 'ACTIVE_USER',
              detail:
                "Active user in Sam Champion's team (interactions; no product usage known): 1 ticket(s) and 2 interaction(s) in the last 180 days",
            },
          ],
          ticketsRaised: 1,
          recentInteractions: 2,
          influenceWeight: null,
        },
        {
          rank: 2,
          priority: 3,
          stakeholder: id('p-olive'),
          reasons: [{ reason: 'MANAGER', detail: "Sam Champion's manager" }],
          ticketsRaised: 0,
          recentInteractions: 0,
          influenceWeight: null,
        },
        {
          rank: 3,
          priority: 1.752,
          stakeholder: id('p-ian'),
          reasons: [
            {
              reason: 'ACTIVE_USER',
              detail:
                "Active user outside Sam Champion's team (interactions; no product usage known): 1 ticket(s) and 1 interaction(s) in the last 180 days",
            },
          ],
          ticketsRaised: 1,
          recentInteractions: 1,
          influenceWeight: null,
        },
        {
          rank: 4,
          priority: 1.355,
          stakeholder: id('p-felix'),
          reasons: [{ reason: 'INFLUENCED', detail: 'Was swayed by Sam Champion (influence 0.6)' }],
          ticketsRaised: 0,
          recentInteractions: 1,
          influenceWeight: 0.6,
        },
      ],
    });
    const sam = await gql<{ stakeholder: { status: string } }>(
      app,
      '{ stakeholder(id: "p-sam") { status } }',
      {},
      tokenFor(tenant),
    );
    expect(sam.data!.stakeholder.status).toBe('ACTIVE');
  });

  it('takes a named successor, and refuses one from another account or a day the person was gone', async () => {
    const named = await gql<{
      departureImpact: {
        successor: { id: string };
        buildNext: { stakeholder: { id: string }; priority: number }[];
      };
    }>(
      app,
      '{ departureImpact(stakeholderId: "p-sam", successorId: "p-ian") { successor { id } buildNext { stakeholder { id } priority } } }',
      {},
      tokenFor(tenant),
    );
    // Ian: SUCCESSOR 3 + ACTIVE_USER 1.5 + 0.252 = 4.752; Ana is no longer the successor, still an
    // active user in Sam's team: ACTIVE_USER 1.5 + 0.55 = 2.05.
    expect(named.data!.departureImpact.successor).toEqual({ id: 'p-ian' });
    expect(named.data!.departureImpact.buildNext.map((c) => [c.stakeholder.id, c.priority])).toEqual([
      ['p-ian', 4.752],
      ['p-olive', 3],
      ['p-ana', 2.05],
      ['p-felix', 1.355],
    ]);
    const elsewhere = await gql(
      app,
      '{ departureImpact(stakeholderId: "p-sam", successorId: "p-bo") { asOf } }',
      {},
      tokenFor(tenant),
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'successorId' });
    // Otto left on 2026-01-01: judged by default on his last day; not after it.
    const otto = await gql<{ departureImpact: { asOf: string; rolesEnded: unknown[] } }>(
      app,
      '{ departureImpact(stakeholderId: "p-otto") { asOf rolesEnded { role } } }',
      {},
      tokenFor(tenant),
    );
    expect(otto.data!.departureImpact).toEqual({ asOf: '2025-12-31', rolesEnded: [] });
    const gone = await gql(
      app,
      '{ departureImpact(stakeholderId: "p-otto", asOf: "2026-06-01") { asOf } }',
      {},
      tokenFor(tenant),
    );
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  const MARK = `mutation($input: MarkStakeholderDepartedInput!) { markStakeholderDeparted(input: $input) {
      departedAt stakeholder { id status departedAt } endedRoles { role since until }
      impact { asOf successorInferred successor { id } risk { scoreBefore levelBefore scoreAfter levelAfter change components { name before after change } }
               buildNext { rank stakeholder { id } } } } }`;

  it('refuses a viewer and bad input, writing nothing', async () => {
    const input = { stakeholderId: 'p-sam', departedAt: '2026-12-01' };
    const viewer = await gql(app, MARK, { input }, tokenFor(writes, 'VIEWER'));
    expect(viewer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const editor = tokenFor(writes, 'EDITOR');
    const future = await gql(app, MARK, { input: { ...input, departedAt: '2026-12-02' } }, editor);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departedAt' });
    const early = await gql(app, MARK, { input: { ...input, departedAt: '2023-06-01' } }, editor);
    // Sam's CHAMPION role began on 2024-01-01: a departure before it would leave the role open.
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departedAt' });
    const blank = await gql(app, MARK, { input: { ...input, stakeholderId: '' } }, editor);
    expect(blank.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const unknown = await gql(app, MARK, { input: { ...input, stakeholderId: 'p-nobody' } }, editor);
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const badSuccessor = await gql(app, MARK, { input: { ...input, successorId: 'p-bo' } }, editor);
    expect(badSuccessor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'successorId',
    });
    const sam = await gql<{ stakeholder: { status: string; roles: { role: string }[] } }>(
      app,
      '{ stakeholder(id: "p-sam") { status roles { role } } }',
      {},
      editor,
    );
    expect(sam.data!.stakeholder).toEqual({ status: 'ACTIVE', roles: [{ role: 'CHAMPION' }] });
  });

  it('records a departure in one write and returns its cost, the same as the what-if read afterwards', async () => {
    const editor = tokenFor(writes, 'EDITOR');
    const marked = await gql<{
      markStakeholderDeparted: { impact: { risk: unknown } } & Record<string, unknown>;
    }>(
      app,
      MARK,
      { input: { stakeholderId: 'p-sam', departedAt: '2026-12-01', successorId: 'p-ana' } },
      editor,
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markStakeholderDeparted).toEqual({
      departedAt: '2026-12-01',
      stakeholder: { id: 'p-sam', status: 'DEPARTED', departedAt: '2026-12-01' },
      endedRoles: [{ role: 'CHAMPION', since: '2024-01-01', until: '2026-12-01' }],
      impact: {
        asOf: '2026-11-30',
        successorInferred: false,
        successor: { id: 'p-ana' },
        risk: EXPECTED_RISK,
        buildNext: [
          { rank: 1, stakeholder: { id: 'p-ana' } },
          { rank: 2, stakeholder: { id: 'p-olive' } },
          { rank: 3, stakeholder: { id: 'p-ian' } },
          { rank: 4, stakeholder: { id: 'p-felix' } },
        ],
      },
    });

    const after = await gql<{
      stakeholder: { status: string; roles: unknown[]; history: unknown[] };
      departureImpact: { asOf: string; risk: unknown };
      threadingRisk: { score: number; level: string };
    }>(
      app,
      `{ stakeholder(id: "p-sam") { status roles { role } history: roles(includeEnded: true) { role until } }
         departureImpact(stakeholderId: "p-sam") { asOf risk { scoreBefore levelBefore scoreAfter levelAfter change components { name before after change } } }
         threadingRisk(accountId: "acc-acme") { score level } }`,
      {},
      editor,
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.stakeholder).toEqual({
      status: 'DEPARTED',
      roles: [],
      history: [{ role: 'CHAMPION', until: '2026-12-01' }],
    });
    expect(after.data!.departureImpact).toEqual({ asOf: '2026-11-30', risk: EXPECTED_RISK });
    expect(after.data!.threadingRisk).toEqual({ score: 91, level: 'HIGH' });

    const again = await gql(
      app,
      MARK,
      { input: { stakeholderId: 'p-sam', departedAt: '2026-12-01' } },
      editor,
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });
});
