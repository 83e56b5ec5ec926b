import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { REL_NOW, relationshipPortfolio } from '../support/relationship-fixtures';
import { seedTenant } from '../support/seed';

/*
 * Ways in (strength ≥ 20, the strongest of our team per person): Sam via Avery 59.3 (0.593),
 * Ana via Casey 55.0, Ian via Casey 25.2; Felix (Avery, 15.5) is no way in.
 * Links: reporting lines 0.5; Sam → Felix 0.6; Ian → Ana 0.4. Routes of at most 4 hops in all.
 * To Felix (economic buyer):
 *   Avery–Sam, Sam influences Felix                       0.593 × 0.6             = 0.3558
 *   Casey–Ana, Ana reports to Sam, Sam influences Felix    0.55 × 0.5 × 0.6        = 0.165
 *   Avery–Sam, Sam → Olive → Cora, Cora manages Felix      0.593 × 0.5 × 0.5 × 0.5 = 0.0741
 *   (then Ian → Cora → Felix 0.063, Ana → Ian → Cora → Felix 0.055, Ian → Ana → Sam → Felix 0.0302)
 * To Olive (decision maker):
 *   Avery–Sam, Sam reports to Olive                        0.593 × 0.5             = 0.2965
 *   Casey–Ana, Ana → Sam → Olive                           0.55 × 0.5 × 0.5        = 0.1375
 *   Avery–Sam, Sam → Felix, Felix → Cora, Cora → Olive     0.593 × 0.6 × 0.5 × 0.5 = 0.08895 (0.0889)
 * 12 candidate routes in all (6 to each).
 */
describe('paths to power through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('rel-paths');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => REL_NOW);
    await seedTenant(app.db, tenant, relationshipPortfolio());
  });
  afterAll(() => app.stop());

  interface Result {
    pathsToPower: {
      k: number;
      maxHops: number;
      candidateRoutes: number;
      truncated: boolean;
      dataGaps: string[];
      targets: {
        stakeholder: { id: string };
        roles: string[];
        paths: {
          strength: number;
          hopCount: number;
          introduction: string;
          weakestLink: { fromId: string; toId: string; kind: string; weight: number };
          hops: { fromName: string; toName: string; kind: string; relation: string; weight: number }[];
        }[];
      }[];
    };
  }
  const QUERY = `query($target: ID, $k: Int, $maxHops: Int) {
    pathsToPower(accountId: "acc-acme", targetId: $target, k: $k, maxHops: $maxHops) {
      k maxHops candidateRoutes truncated dataGaps account { id }
      targets { stakeholder { id } roles paths { strength hopCount introduction
        weakestLink { fromId toId kind weight }
        hops { fromName toName kind relation weight } } } } }`;

  it('ranks the routes to the economic buyer and the decision maker, hop by hop', async () => {
    const result = await gql<Result>(app, QUERY, {}, token);
    expect(result.errors).toBeUndefined();
    const answer = result.data!.pathsToPower;
    expect(answer).toMatchObject({ k: 3, maxHops: 4, candidateRoutes: 12, truncated: false, dataGaps: [] });
    const [felix, olive] = answer.targets;
    expect(felix!.stakeholder).toEqual({ id: 'p-felix' });
    expect(felix!.roles).toEqual(['ECONOMIC_BUYER']);
    expect(felix!.paths.map((p) => [p.strength, p.hopCount])).toEqual([
      [0.3558, 2],
      [0.165, 3],
      [0.0741, 4],
    ]);
    expect(felix!.paths[0]).toEqual({
      strength: 0.3558,
      hopCount: 2,
      introduction: 'Avery Exec asks Sam Champion for an introduction to Felix Finance',
      weakestLink: { fromId: 'tm-ae', toId: 'p-sam', kind: 'RELATIONSHIP', weight: 0.593 },
      hops: [
        {
          fromName: 'Avery Exec',
          toName: 'Sam Champion',
          kind: 'RELATIONSHIP',
          relation: 'knows',
          weight: 0.593,
        },
        {
          fromName: 'Sam Champion',
          toName: 'Felix Finance',
          kind: 'INFLUENCES',
          relation: 'influences',
          weight: 0.6,
        },
      ],
    });
    expect(felix!.paths[2]!.hops.map((h) => h.relation)).toEqual([
      'knows',
      'reports to',
      'reports to',
      'manages',
    ]);
    expect(felix!.paths[1]!.weakestLink).toEqual({
      fromId: 'p-ana',
      toId: 'p-sam',
      kind: 'REPORTS_TO',
      weight: 0.5,
    });
    expect(olive!.stakeholder).toEqual({ id: 'p-olive' });
    expect(olive!.paths.map((p) => [p.strength, p.hops.map((h) => h.toName)])).toEqual([
      [0.2965, ['Sam Champion', 'Olive Ops']],
      [0.1375, ['Ana Analyst', 'Sam Champion', 'Olive Ops']],
      [0.0889, ['Sam Champion', 'Felix Finance', 'Cora Chief', 'Olive Ops']],
    ]);
    expect(olive!.paths[2]!.hops[2]!.relation).toBe('reports to');
  });

  it('reaches a chosen person, directly when we already know them, within the hop limit asked for', async () => {
    const ana = await gql<Result>(app, QUERY, { target: 'p-ana', k: 1 }, token);
    expect(ana.data!.pathsToPower.targets).toEqual([
      {
        stakeholder: { id: 'p-ana' },
        roles: ['END_USER'],
        paths: [
          {
            strength: 0.55,
            hopCount: 1,
            introduction: 'Casey Success already knows Ana Analyst: ask for time directly',
            weakestLink: { fromId: 'tm-csm', toId: 'p-ana', kind: 'RELATIONSHIP', weight: 0.55 },
            hops: [
              {
                fromName: 'Casey Success',
                toName: 'Ana Analyst',
                kind: 'RELATIONSHIP',
                relation: 'knows',
                weight: 0.55,
              },
            ],
          },
        ],
      },
    ]);
    // One hop means a direct relationship: Avery's with Felix (15.5) is too weak to count.
    const direct = await gql<Result>(app, QUERY, { maxHops: 1 }, token);
    expect(direct.data!.pathsToPower.targets.map((t) => [t.stakeholder.id, t.paths.length])).toEqual([
      ['p-felix', 0],
      ['p-olive', 0],
    ]);
    expect(direct.data!.pathsToPower.candidateRoutes).toBe(0);
  });

  it('refuses what cannot be answered', async () => {
    const tooMany = await gql(app, QUERY, { k: 11 }, token);
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const elsewhere = await gql(app, QUERY, { target: 'p-bo' }, token);
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const gone = await gql(app, QUERY, { target: 'p-otto' }, token);
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetId' });
    const quiet = await gql<Result>(
      app,
      '{ pathsToPower(accountId: "acc-quiet") { dataGaps targets { paths { strength } } } }',
      {},
      token,
    );
    expect(quiet.data!.pathsToPower).toEqual({
      dataGaps: [
        'Nobody at the account holds ECONOMIC_BUYER or DECISION_MAKER: name a targetId',
        'Our team has no relationship of strength 20 or more at this account',
      ],
      targets: [],
    });
  });
});
