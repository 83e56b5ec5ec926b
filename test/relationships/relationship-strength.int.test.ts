import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { REL_NOW, relationshipPortfolio } from '../support/relationship-fixtures';
import { seedTenant } from '../support/seed';

/*
 * Expected values, by hand, with the defaults (half-life 90 days; type weights QBR 1, MEETING 0.9,
 * CALL 0.6, EMAIL 0.3; direction OUTBOUND 0.2, else 1; recency 0.3, frequency 0.3, two-way 0.2,
 * depth 0.2; frequency half-saturation 4; share confidence 1). Decay 0.5^(days/90):
 * 5d 0.9622, 10d 0.9259, 20d 0.8572, 30d 0.7937, 60d 0.6300.
 *
 * Sam, with our whole team (c1 MEETING MUTUAL 10d, c2 CALL INBOUND 30d, c3 EMAIL OUTBOUND 5d, c4 QBR 60d):
 *   N = 0.9259 + 0.7937 + 0.9622 + 0.6300 = 3.3118
 *   T = 0.9259 + 0.7937 + 0.9622×0.2 + 0.6300 = 2.5420
 *   D = 0.9259×0.9 + 0.7937×0.6 + 0.9622×0.3 + 0.6300×1 = 2.2281
 *   recency 0.9259 (c1), frequency 3.3118/7.3118 = 0.4529, two-way 2.5420/4.3118 = 0.5895,
 *   depth 2.2281/4.3118 = 0.5168 → 100 × (0.2778 + 0.1359 + 0.1179 + 0.1034) = 63.5
 * Avery–Sam (c1, c3, c4): N 2.5181, T 1.7483, D 1.7519 → 0.2778 + 0.1159 + 0.0994 + 0.0996 = 59.3
 * Casey–Sam (c2, c4): N 1.4237 = T, D 1.1062 → 0.2381 + 0.0787 + 0.1175 + 0.0913 = 52.6
 * Casey–Ana (c4, a1 CALL INBOUND 20d): N 1.4872 = T, D 1.1443 → 0.2572 + 0.0813 + 0.1196 + 0.0920 = 55.0
 * Avery–Ana (c4): N = T = D = 0.6300 → 0.1890 + 0.0408 + 0.0773 + 0.0773 = 38.4
 * Casey–Ian (i1 EMAIL INBOUND 100d, decay 0.4629): 0.1389 + 0.0311 + 0.0633 + 0.0190 = 25.2
 * Avery–Felix (f1 EMAIL OUTBOUND 15d, decay 0.8909): recency 0.1782 → 15.5
 */
describe('relationship strength through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('rel-strength');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => REL_NOW);
    await seedTenant(app.db, tenant, relationshipPortfolio());
  });
  afterAll(() => app.stop());

  it("gives a person's strength with our whole team and per team member, with the interactions behind it", async () => {
    const result = await gql<{
      stakeholder: {
        relationshipStrength: {
          stakeholder: { name: string };
          overall: Record<string, unknown> & {
            components: { name: string; value: number; weight: number }[];
            interactions: { id: string; weight: number }[];
          };
          pairs: { teamMember: { name: string }; strength: { score: number } }[];
        };
      };
    }>(
      app,
      `{ stakeholder(id: "p-sam") { relationshipStrength {
           stakeholder { name }
           overall { score asOf interactionCount decayedCount lastInteractionAt lastTwoWayAt halfLifeDays dataGaps
                     components { name value weight points }
                     interactions(first: 2) { id type direction occurredAt ageDays decay typeWeight directionWeight weight } }
           pairs { teamMember { name } strength { score interactionCount } }
         } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const strength = result.data!.stakeholder.relationshipStrength;
    expect(strength.stakeholder.name).toBe('Sam Champion');
    expect(strength.overall).toMatchObject({
      score: 63.5,
      asOf: '2026-12-01T00:00:00.000Z',
      interactionCount: 4,
      decayedCount: 3.312,
      lastInteractionAt: '2026-11-26T00:00:00.000Z',
      lastTwoWayAt: '2026-11-21T00:00:00.000Z',
      halfLifeDays: 90,
      dataGaps: [],
    });
    expect(strength.overall.components.map((c) => [c.name, c.value, c.weight])).toEqual([
      ['RECENCY', 0.926, 0.3],
      ['FREQUENCY', 0.453, 0.3],
      ['TWO_WAY', 0.59, 0.2],
      ['DEPTH', 0.517, 0.2],
    ]);
    // Strongest evidence: c1 0.9259 × 0.9 = 0.8333, then c4 0.6300 × 1 = 0.6300 (c2 0.4762 is third).
    expect(strength.overall.interactions).toEqual([
      {
        id: 'c1',
        type: 'MEETING',
        direction: 'MUTUAL',
        occurredAt: '2026-11-21T00:00:00.000Z',
        ageDays: 10,
        decay: 0.9259,
        typeWeight: 0.9,
        directionWeight: 1,
        weight: 0.8333,
      },
      {
        id: 'c4',
        type: 'QBR',
        direction: 'MUTUAL',
        occurredAt: '2026-10-02T00:00:00.000Z',
        ageDays: 60,
        decay: 0.63,
        typeWeight: 1,
        directionWeight: 1,
        weight: 0.63,
      },
    ]);
    expect(strength.pairs).toEqual([
      { teamMember: { name: 'Avery Exec' }, strength: { score: 59.3, interactionCount: 3 } },
      { teamMember: { name: 'Casey Success' }, strength: { score: 52.6, interactionCount: 2 } },
    ]);
  });

  it('reads strength as of a past date and as a trend', async () => {
    // As of the end of 2026-10-31 only c4 (QBR, ~30 days old) had happened with Sam:
    // N = T = D = 0.7937 → 0.3×0.7937 + 0.3×(0.7937/4.7937) + 0.2×(0.7937/1.7937)×2 = 46.5.
    // As of the end of 2026-10-01 nothing had: 0.
    const result = await gql<{
      stakeholder: {
        past: { overall: { score: number; interactionCount: number } };
        strengthTrend: { asOf: string; score: number; interactionCount: number }[];
      };
    }>(
      app,
      `{ stakeholder(id: "p-sam") {
           past: relationshipStrength(asOf: "2026-10-31") { overall { score interactionCount } }
           strengthTrend(asOf: "2026-11-30", points: 3, every: 30) { asOf score interactionCount }
         } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.stakeholder.past.overall).toEqual({ score: 46.5, interactionCount: 1 });
    expect(result.data!.stakeholder.strengthTrend).toEqual([
      { asOf: '2026-10-01', score: 0, interactionCount: 0 },
      { asOf: '2026-10-31', score: 46.5, interactionCount: 1 },
      { asOf: '2026-11-30', score: 63.5, interactionCount: 4 },
    ]);
  });

  it("lists an account's pairs strongest first, page by page, and rolls them up", async () => {
    const page = (after: string | null) =>
      gql<{
        account: {
          relationships: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { id: string; stakeholder: { name: string }; strength: { score: number } } }[];
          };
          relationshipStrength: Record<string, unknown>;
        };
      }>(
        app,
        `query($after: String) { account(id: "acc-acme") {
           relationships(first: 4, after: $after) {
             totalCount pageInfo { hasNextPage endCursor }
             edges { node { id stakeholder { name } strength { score } } }
           }
           relationshipStrength { score topPeople peopleInContact pairCount strongest { score stakeholder { id } } }
         } }`,
        { after },
        token,
      );
    const first = await page(null);
    expect(first.errors).toBeUndefined();
    const rel = first.data!.account.relationships;
    expect(rel.totalCount).toBe(6);
    expect(rel.edges.map((e) => [e.node.id, e.node.strength.score])).toEqual([
      ['tm-ae:p-sam', 59.3],
      ['tm-csm:p-ana', 55],
      ['tm-csm:p-sam', 52.6],
      ['tm-ae:p-ana', 38.4],
    ]);
    expect(rel.pageInfo.hasNextPage).toBe(true);
    const second = await page(rel.pageInfo.endCursor);
    expect(second.data!.account.relationships.edges.map((e) => [e.node.id, e.node.strength.score])).toEqual([
      ['tm-csm:p-ian', 25.2],
      ['tm-ae:p-felix', 15.5],
    ]);
    expect(second.data!.account.relationships.pageInfo.hasNextPage).toBe(false);
    // People: Sam 63.5, Ana 55.0, Ian 25.2, Felix 15.5 → (63.5 + 55 + 25.2 + 15.5 + 0) / 5 = 31.8
    expect(first.data!.account.relationshipStrength).toEqual({
      score: 31.8,
      topPeople: 5,
      peopleInContact: 4,
      pairCount: 6,
      strongest: [
        { score: 63.5, stakeholder: { id: 'p-sam' } },
        { score: 55, stakeholder: { id: 'p-ana' } },
        { score: 25.2, stakeholder: { id: 'p-ian' } },
        { score: 15.5, stakeholder: { id: 'p-felix' } },
      ],
    });
  });

  it('shows the account trend, and says so when someone has no contact', async () => {
    const result = await gql<{
      account: { strengthTrend: { asOf: string; score: number }[] };
      stakeholder: {
        relationshipStrength: { overall: { score: number; dataGaps: string[] }; pairs: unknown[] };
      };
    }>(
      app,
      `{ account(id: "acc-acme") { strengthTrend(asOf: "2026-11-30", points: 2, every: 61) { asOf score } }
         stakeholder(id: "p-cora") { relationshipStrength { overall { score dataGaps } pairs { id } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    // End of 2026-09-30 (61 days before REL_NOW), within the year before it, only two people:
    //   Ian, i1 EMAIL INBOUND 39 days old: decay 0.7405 → 0.3×0.7405 + 0.3×(0.7405/4.7405)
    //     + 0.2×(0.7405/1.7405) + 0.2×(0.7405×0.3/1.7405) = 0.2222 + 0.0469 + 0.0851 + 0.0255 = 38.0
    //   Otto, o1 MEETING MUTUAL 339 days old: decay 0.0735 → 0.0220 + 0.0054 + 0.0137 + 0.0123 = 5.3
    //   → (38.0 + 5.3) / 5 = 8.7
    expect(result.data!.account.strengthTrend).toEqual([
      { asOf: '2026-09-30', score: 8.7 },
      { asOf: '2026-11-30', score: 31.8 },
    ]);
    expect(result.data!.stakeholder.relationshipStrength).toEqual({
      overall: { score: 0, dataGaps: ['No interactions with our team in the 365 days to asOf'] },
      pairs: [],
    });
  });

  it('refuses an asOf in the future and keeps other tenants out', async () => {
    const future = await gql(
      app,
      '{ stakeholder(id: "p-sam") { relationshipStrength(asOf: "2026-12-02") { overall { score } } } }',
      {},
      token,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const other = await gql(
      app,
      '{ account(id: "acc-acme") { relationshipStrength { score } } }',
      {},
      tokenFor(testTenant('rel-other')),
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
