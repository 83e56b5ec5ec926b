import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { handBuiltPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('stakeholders and the stakeholder map through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('stakeholders');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, handBuiltPortfolio());
  });
  afterAll(() => app.stop());

  it('gives a person’s reporting line, reports, roles and influence in and out', async () => {
    const result = await gql(
      app,
      `{ eli: stakeholder(id: "p-eli") {
           name account { id } businessUnit { name }
           manager { name }
           reportingLine { name title }
           influences { weight kind from { id } to { name } }
           influencedBy { weight }
         }
         victor: stakeholder(id: "p-victor") {
           directReports { name }
           influencedBy { weight kind from { name } }
           roles { role since until }
         }
         pat: stakeholder(id: "p-pat") {
           status departedAt
           roles { role }
           history: roles(includeEnded: true) { role since until }
         } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      eli: {
        name: 'Eli Ebert',
        account: { id: 'acc-nw' },
        businessUnit: { name: 'Finance' },
        manager: { name: 'Dana Diaz' },
        reportingLine: [
          { name: 'Dana Diaz', title: 'Director of FP&A' },
          { name: 'Victor Vale', title: 'CFO' },
          { name: 'Clara Chen', title: 'CEO' },
        ],
        influences: [{ weight: 0.8, kind: 'INFORMAL', from: { id: 'p-eli' }, to: { name: 'Olga Ortiz' } }],
        influencedBy: [],
      },
      victor: {
        directReports: [{ name: 'Dana Diaz' }],
        influencedBy: [{ weight: 0.6, kind: 'FORMAL', from: { name: 'Dana Diaz' } }],
        roles: [{ role: 'ECONOMIC_BUYER', since: '2022-03-01', until: null }],
      },
      pat: {
        status: 'DEPARTED',
        departedAt: '2026-10-01',
        roles: [],
        history: [{ role: 'CHAMPION', since: '2022-03-01', until: '2026-10-01' }],
      },
    });
  });

  it('draws the stakeholder map: org levels, roles today, influence and our relationships', async () => {
    const result = await gql<{
      stakeholderMap: {
        interactionsSince: string;
        nodes: { id: string; side: string; level: number | null; roles: string[]; teamRoles: string[] }[];
        edges: Record<string, unknown>[];
      };
    }>(
      app,
      `{ stakeholderMap(accountId: "acc-nw") {
           account { name }
           interactionsSince
           nodes { id side level roles teamRoles }
           edges { kind source target weight influenceKind interactionCount twoWayCount lastInteractionAt }
         } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const map = result.data!.stakeholderMap;
    expect(map.interactionsSince).toBe('2025-11-22');
    const nodes = Object.fromEntries(map.nodes.map((n) => [n.id, [n.side, n.level, n.roles, n.teamRoles]]));
    expect(nodes).toEqual({
      'p-clara': ['CUSTOMER', 0, [], []],
      'p-victor': ['CUSTOMER', 1, ['ECONOMIC_BUYER'], []],
      'p-olga': ['CUSTOMER', 1, ['DECISION_MAKER'], []],
      'p-dana': ['CUSTOMER', 2, ['CHAMPION'], []],
      'p-pat': ['CUSTOMER', 2, [], []],
      'p-eli': ['CUSTOMER', 3, ['END_USER'], []],
      'tm-ae': ['OUR_TEAM', null, [], ['ACCOUNT_OWNER']],
      'tm-csm': ['OUR_TEAM', null, [], ['CSM']],
    });
    const none = { influenceKind: null, interactionCount: null, twoWayCount: null, lastInteractionAt: null };
    expect(map.edges).toEqual(
      expect.arrayContaining([
        { kind: 'REPORTS_TO', source: 'p-eli', target: 'p-dana', weight: 1, ...none },
        { kind: 'REPORTS_TO', source: 'p-pat', target: 'p-olga', weight: 1, ...none },
        {
          kind: 'INFLUENCES',
          source: 'p-eli',
          target: 'p-olga',
          weight: 0.8,
          ...none,
          influenceKind: 'INFORMAL',
        },
        {
          kind: 'RELATIONSHIP',
          source: 'tm-ae',
          target: 'p-dana',
          weight: 1,
          influenceKind: null,
          interactionCount: 3,
          twoWayCount: 2,
          lastInteractionAt: '2026-11-10T09:30:00.000Z',
        },
        {
          kind: 'RELATIONSHIP',
          source: 'tm-csm',
          target: 'p-eli',
          weight: 0.333,
          influenceKind: null,
          interactionCount: 1,
          twoWayCount: 0,
          lastInteractionAt: '2026-11-01T08:00:00.000Z',
        },
      ]),
    );
    expect(map.edges.filter((e) => e.kind === 'REPORTS_TO')).toHaveLength(5);
    expect(map.edges.filter((e) => e.kind === 'INFLUENCES')).toHaveLength(2);
    expect(map.edges.filter((e) => e.kind === 'RELATIONSHIP')).toHaveLength(2);
  });

  it('counts relationships over the window asked for', async () => {
    const result = await gql<{ stakeholderMap: { edges: { target: string; interactionCount: number }[] } }>(
      app,
      `{ stakeholderMap(accountId: "acc-nw", interactionsSince: "2023-01-01") {
           edges { kind target interactionCount } } }`,
      {},
      token,
    );
    const eli = result.data!.stakeholderMap.edges.find(
      (e) => e.target === 'p-eli' && e.interactionCount !== null,
    );
    expect(eli?.interactionCount).toBe(2);
  });
});
