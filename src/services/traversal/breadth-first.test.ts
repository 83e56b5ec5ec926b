import type { NeighbourRow } from '../../repositories/traversal.repository';
import { neighbourhood, shortestPath, type TraversalNode } from './breadth-first';

/** A line a — b — c — d — e of REPORTS_TO links (each reports to the next), as a fake step. */
const LINE = ['a', 'b', 'c', 'd', 'e'];
const row = (fromId: string, toId: string): NeighbourRow => ({
  fromId,
  toId,
  side: 'CUSTOMER',
  name: toId,
  title: null,
  accountId: 'acc',
  kind: 'REPORTS_TO',
  fromIsSource: LINE.indexOf(fromId) < LINE.indexOf(toId),
  weight: null,
  interactionCount: null,
  lastInteractionAt: null,
});
function lineStep(calls: string[][]) {
  return (frontier: readonly TraversalNode[]) => {
    calls.push(frontier.map((n) => n.id));
    return Promise.resolve(
      frontier.flatMap((n) => {
        const i = LINE.indexOf(n.id);
        return [LINE[i - 1], LINE[i + 1]]
          .filter((x): x is string => x !== undefined)
          .map((to) => row(n.id, to));
      }),
    );
  };
}
const start = (id: string): TraversalNode => ({
  id,
  side: 'CUSTOMER',
  name: id,
  title: null,
  accountId: 'acc',
  distance: 0,
  via: null,
});

describe('neighbourhood', () => {
  it('visits each node once at its nearest distance, one query per level', async () => {
    const calls: string[][] = [];
    const { nodes, truncated } = await neighbourhood(start('c'), 2, 100, lineStep(calls));
    expect(nodes.map((n) => [n.id, n.distance])).toEqual([
      ['b', 1],
      ['d', 1],
      ['a', 2],
      ['e', 2],
    ]);
    expect(calls).toEqual([['c'], ['b', 'd']]);
    expect(truncated).toBe(false);
  });

  it('stops at maxNodes and says so', async () => {
    const { nodes, truncated } = await neighbourhood(start('c'), 2, 3, lineStep([]));
    expect(nodes.map((n) => n.id)).toEqual(['b', 'd', 'a']);
    expect(truncated).toBe(true);
  });
});

describe('shortestPath', () => {
  it('meets in the middle and turns every link to point along the path', async () => {
    const calls: string[][] = [];
    const path = await shortestPath(start('a'), start('e'), 6, lineStep(calls));
    expect(path!.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 4],
    ]);
    expect(path!.links.map((l) => [l.fromId, l.toId, l.sourceId, l.targetId])).toEqual([
      ['a', 'b', 'a', 'b'],
      ['b', 'c', 'b', 'c'],
      ['c', 'd', 'c', 'd'],
      ['d', 'e', 'd', 'e'],
    ]);
    // Grown from both ends alternately: a, e, b, d (where they meet at c).
    expect(calls).toEqual([['a'], ['e'], ['b'], ['d']]);
  });

  it('gives up beyond maxLength', async () => {
    expect(await shortestPath(start('a'), start('e'), 3, lineStep([]))).toBeNull();
  });
});
