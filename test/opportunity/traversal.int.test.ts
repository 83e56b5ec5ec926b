import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { traversalPortfolio } from '../support/opportunity-fixtures';
import { seedTenant } from '../support/seed';

interface Node {
  id: string;
  side: string;
  distance: number;
  via: {
    kind: string;
    fromId: string;
    toId: string;
    sourceId: string;
    targetId: string;
    weight: number | null;
    interactionCount: number | null;
  } | null;
}
type NeighbourhoodData = {
  neighbourhood: {
    start: { id: string };
    truncated: boolean;
    nodes: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: Node }[];
    };
  };
};

const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int!, $kinds: [TraversalKind!], $first: Int, $after: String) {
  neighbourhood(personId: $id, depth: $depth, kinds: $kinds, first: $first, after: $after) {
    start { id } truncated
    nodes { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id side distance via { kind fromId toId sourceId targetId weight interactionCount } } } } } }`;

describe('analyst traversals through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('traversal');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp();
    await seedTenant(app.db, tenant, traversalPortfolio());
  });
  afterAll(() => app.stop());

  const neighbourhood = async (vars: Record<string, unknown>) => {
    const result = await gql<NeighbourhoodData>(app, NEIGHBOURHOOD, { first: 20, ...vars }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.neighbourhood;
  };

  it('follows only the kinds asked for, to the depth asked for', async () => {
    const reports = await neighbourhood({ id: 'p-ana', depth: 1, kinds: ['REPORTS_TO'] });
    expect(reports.nodes.edges.map((e) => e.node)).toEqual([
      {
        id: 'p-dir',
        side: 'CUSTOMER',
        distance: 1,
        via: {
          kind: 'REPORTS_TO',
          fromId: 'p-ana',
          toId: 'p-dir',
          sourceId: 'p-ana',
          targetId: 'p-dir',
          weight: null,
          interactionCount: null,
        },
      },
    ]);
  });

  it('walks reporting lines and influence both ways, each person once at their nearest', async () => {
    const two = await neighbourhood({ id: 'p-ana', depth: 2, kinds: ['REPORTS_TO', 'INFLUENCES'] });
    // 1 hop: the director (the analyst reports to and sways her), the CTO (swayed), the engineer (sways him).
    // 2 hops: the CFO (swayed by the CTO, found first), the CEO (the CTO's manager). Nearest first, then by id.
    expect(two.nodes.totalCount).toBe(5);
    expect(
      two.nodes.edges.map((e) => [
        e.node.id,
        e.node.distance,
        e.node.via!.kind,
        e.node.via!.sourceId,
        e.node.via!.targetId,
        e.node.via!.weight,
      ]),
    ).toEqual([
      ['p-cto', 1, 'INFLUENCES', 'p-ana', 'p-cto', 0.5],
      ['p-dir', 1, 'INFLUENCES', 'p-ana', 'p-dir', 0.9],
      ['p-eng', 1, 'INFLUENCES', 'p-eng', 'p-ana', 0.4],
      ['p-ceo', 2, 'REPORTS_TO', 'p-cto', 'p-ceo', null],
      ['p-cfo', 2, 'INFLUENCES', 'p-cto', 'p-cfo', 0.6],
    ]);
    expect(two.truncated).toBe(false);
  });

  it('pages through a neighbourhood with cursors', async () => {
    const vars = { id: 'p-ana', depth: 2, kinds: ['REPORTS_TO', 'INFLUENCES'], first: 2 };
    const first = await neighbourhood(vars);
    expect(first.nodes.edges.map((e) => e.node.id)).toEqual(['p-cto', 'p-dir']);
    expect(first.nodes.pageInfo.hasNextPage).toBe(true);
    const second = await neighbourhood({ ...vars, after: first.nodes.pageInfo.endCursor });
    expect(second.nodes.edges.map((e) => e.node.id)).toEqual(['p-eng', 'p-ceo']);
    const third = await neighbourhood({ ...vars, after: second.nodes.pageInfo.endCursor });
    expect(third.nodes.edges.map((e) => e.node.id)).toEqual(['p-cfo']);
    expect(third.nodes.pageInfo.hasNextPage).toBe(false);
  });

  it('reaches our team and, through them, people at other accounts', async () => {
    const team = await neighbourhood({ id: 'p-dir', depth: 2, kinds: ['WORKS_WITH_TEAM'] });
    expect(
      team.nodes.edges.map((e) => [
        e.node.side,
        e.node.id,
        e.node.distance,
        e.node.via!.sourceId,
        e.node.via!.interactionCount,
      ]),
    ).toEqual([
      ['OUR_TEAM', 'tm-a', 1, 'tm-a', 2], // two meetings with the director
      ['CUSTOMER', 'p-other', 2, 'tm-a', 1], // tm-a also met Otis at acc-tr2
    ]);
  });

  it('finds a fewest-hops path, searching from both ends', async () => {
    const result = await gql<{
      shortestPath: Record<string, unknown> & { nodes: { id: string; distance: number }[] };
    }>(
      app,
      `{ shortestPath(fromId: "p-eng", toId: "p-other", kinds: [WORKS_WITH_TEAM, REPORTS_TO]) {
          found hops maxLength nodes { id distance } links { kind fromId toId sourceId targetId } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    // Engineer — tm-b (a meeting) — tm-a (tm-b reports to tm-a) — Otis (a meeting): three hops.
    expect(result.data!.shortestPath).toEqual({
      found: true,
      hops: 3,
      maxLength: 6,
      nodes: [
        { id: 'p-eng', distance: 0 },
        { id: 'tm-b', distance: 1 },
        { id: 'tm-a', distance: 2 },
        { id: 'p-other', distance: 3 },
      ],
      links: [
        { kind: 'WORKS_WITH_TEAM', fromId: 'p-eng', toId: 'tm-b', sourceId: 'tm-b', targetId: 'p-eng' },
        { kind: 'REPORTS_TO', fromId: 'tm-b', toId: 'tm-a', sourceId: 'tm-b', targetId: 'tm-a' },
        { kind: 'WORKS_WITH_TEAM', fromId: 'tm-a', toId: 'p-other', sourceId: 'tm-a', targetId: 'p-other' },
      ],
    });
    const none = await gql<{ shortestPath: { found: boolean; hops: number | null; nodes: unknown[] } }>(
      app,
      '{ shortestPath(fromId: "p-eng", toId: "p-other", kinds: [INFLUENCES]) { found hops nodes { id } } }',
      {},
      token,
    );
    expect(none.data!.shortestPath).toEqual({ found: false, hops: null, nodes: [] });
  });

  it('ranks influence chains by the product of their weights, with the weakest link', async () => {
    const result = await gql<{ strongestPath: { paths: Record<string, unknown>[] } }>(
      app,
      `{ strongestPath(fromId: "p-ana", toId: "p-ceo") { maxLength paths {
          strength hops weakestLink { fromId toId weight } people { id } links { weight } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.strongestPath).toEqual({
      maxLength: 4,
      paths: [
        // 0.9 × 0.8 × 0.7 = 0.504
        {
          strength: 0.504,
          hops: 3,
          weakestLink: { fromId: 'p-cfo', toId: 'p-ceo', weight: 0.7 },
          people: [{ id: 'p-ana' }, { id: 'p-dir' }, { id: 'p-cfo' }, { id: 'p-ceo' }],
          links: [{ weight: 0.9 }, { weight: 0.8 }, { weight: 0.7 }],
        },
        // 0.5 × 0.6 × 0.7 = 0.21
        {
          strength: 0.21,
          hops: 3,
          weakestLink: { fromId: 'p-ana', toId: 'p-cto', weight: 0.5 },
          people: [{ id: 'p-ana' }, { id: 'p-cto' }, { id: 'p-cfo' }, { id: 'p-ceo' }],
          links: [{ weight: 0.5 }, { weight: 0.6 }, { weight: 0.7 }],
        },
      ],
    });
  });

  it('measures influence reach with the strongest chain to each person', async () => {
    const query = `query ($depth: Int!) { influenceReach(personId: "p-ana", depth: $depth) {
      start { id } depth hopDecay minStrength
      reached { totalCount edges { node { personId strength hops chain { people { id } } } } } } }`;
    type Reach = {
      influenceReach: {
        reached: {
          totalCount: number;
          edges: {
            node: { personId: string; strength: number; hops: number; chain: { people: { id: string }[] } };
          }[];
        };
      };
    };
    const two = await gql<Reach>(app, query, { depth: 2 }, token);
    expect(two.errors).toBeUndefined();
    // Director 0.9; CFO via the director 0.9 × 0.8 = 0.72 (via the CTO only 0.5 × 0.6 = 0.3); CTO 0.5.
    expect(
      two.data!.influenceReach.reached.edges.map((e) => [e.node.personId, e.node.strength, e.node.hops]),
    ).toEqual([
      ['p-dir', 0.9, 1],
      ['p-cfo', 0.72, 2],
      ['p-cto', 0.5, 1],
    ]);
    expect(two.data!.influenceReach.reached.edges[1]!.node.chain.people.map((p) => p.id)).toEqual([
      'p-ana',
      'p-dir',
      'p-cfo',
    ]);
    const three = await gql<Reach>(app, query, { depth: 3 }, token);
    // One more hop reaches the CEO: 0.72 × 0.7 = 0.504, just ahead of the CTO's 0.5.
    expect(
      three.data!.influenceReach.reached.edges.map((e) => [e.node.personId, e.node.strength, e.node.hops]),
    ).toEqual([
      ['p-dir', 0.9, 1],
      ['p-cfo', 0.72, 2],
      ['p-ceo', 0.504, 3],
      ['p-cto', 0.5, 1],
    ]);
  });

  it('refuses a depth beyond the documented maximum of 3', async () => {
    const result = await gql(app, NEIGHBOURHOOD, { id: 'p-ana', depth: 4, first: 5 }, token);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/depth must not be greater than 3/);
    const reach = await gql(app, '{ influenceReach(personId: "p-ana", depth: 0) { depth } }', {}, token);
    expect(reach.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('sees nothing of another tenant', async () => {
    const result = await gql(app, NEIGHBOURHOOD, { id: 'p-ana', depth: 1 }, tokenFor(testTenant('stranger')));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const path = await gql(
      app,
      '{ strongestPath(fromId: "p-ana", toId: "p-ceo") { maxLength } }',
      {},
      tokenFor(testTenant('stranger')),
    );
    expect(path.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
