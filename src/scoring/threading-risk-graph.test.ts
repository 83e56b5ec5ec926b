import { adjacency, cutsBetween, reachableFrom, subtreeOf, type PersonLink } from './threading-risk-graph';

describe('adjacency', () => {
  it('is undirected and ignores links to people outside the set', () => {
    const adj = adjacency(
      ['a', 'b'],
      [
        { fromId: 'a', toId: 'b' },
        { fromId: 'b', toId: 'gone' },
        { fromId: 'a', toId: 'a' },
      ],
    );
    expect([...adj.get('a')!]).toEqual(['b']);
    expect([...adj.get('b')!]).toEqual(['a']);
  });
});

describe('subtreeOf', () => {
  it('holds the roots and everyone reporting up to them, and survives a cycle', () => {
    const reportsTo = new Map<string, string | null>([
      ['ceo', null],
      ['vp', 'ceo'],
      ['dir', 'vp'],
      ['ic', 'dir'],
      ['other', 'ceo'],
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect([...subtreeOf(['vp'], reportsTo)].sort()).toEqual(['dir', 'ic', 'vp']);
  });
});

describe('cutsBetween', () => {
  //   A(engaged) — B — C(target)
  //                B — D(target) — E(engaged)
  const links: PersonLink[] = [
    { fromId: 'A', toId: 'B' },
    { fromId: 'B', toId: 'C' },
    { fromId: 'B', toId: 'D' },
    { fromId: 'E', toId: 'D' },
  ];
  const adj = adjacency(['A', 'B', 'C', 'D', 'E'], links);

  it('finds who alone carries a path: without B, C is lost (E still reaches D)', () => {
    expect(cutsBetween(adj, ['A', 'E'], ['C', 'D'])).toEqual({
      reachableTargetIds: ['C', 'D'],
      cuts: [{ personId: 'B', lostTargetIds: ['C'] }],
    });
  });

  it('with A the only engaged person, A and B each cut off both targets', () => {
    expect(cutsBetween(adj, ['A'], ['C', 'D']).cuts).toEqual([
      { personId: 'A', lostTargetIds: ['C', 'D'] },
      { personId: 'B', lostTargetIds: ['C', 'D'] },
    ]);
  });

  it('does not count a target leaving as cutting itself off', () => {
    // Only D engaged: D is the way to B and C; losing D loses C (not D itself).
    expect(cutsBetween(adj, ['D'], ['C', 'D']).cuts).toEqual([
      { personId: 'B', lostTargetIds: ['C'] },
      { personId: 'D', lostTargetIds: ['C'] },
    ]);
  });

  it('reports unreachable targets and no cuts when nobody is engaged', () => {
    expect(cutsBetween(adj, [], ['C'])).toEqual({ reachableTargetIds: [], cuts: [] });
  });

  it('agrees with removing each person in turn on random graphs', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 200; round += 1) {
      const ids = Array.from({ length: 3 + Math.floor(random() * 9) }, (_, i) => `p${i}`);
      const randomLinks = ids.flatMap((a) =>
        ids.filter((b) => a < b && random() < 0.25).map((b) => ({ fromId: a, toId: b })),
      );
      const graph = adjacency(ids, randomLinks);
      const sources = ids.filter(() => random() < 0.3);
      const targets = ids.filter(() => random() < 0.3);
      const before = reachableFrom(graph, sources);
      const expected = ids
        .map((x) => {
          const after = reachableFrom(graph, sources, x);
          const lost = targets.filter((t) => t !== x && before.has(t) && !after.has(t));
          return { personId: x, lostTargetIds: lost.sort() };
        })
        .filter((c) => c.lostTargetIds.length > 0)
        .sort(
          (a, b) => b.lostTargetIds.length - a.lostTargetIds.length || a.personId.localeCompare(b.personId),
        );
      const found = cutsBetween(graph, sources, targets);
      expect(found.cuts).toEqual(expected);
      expect(found.reachableTargetIds).toEqual(targets.filter((t) => before.has(t)));
    }
  });
});
