import { influenceReach, strongestChains } from './influence-chains';

const person = (id: string) => ({ id, name: id, title: null });
const chain = (ids: string[], weights: number[]) => ({
  people: ids.map(person),
  links: weights.map((weight) => ({ weight, kind: 'INFORMAL' as const })),
});

describe('influence chains', () => {
  const chains = [
    chain(['a', 'b'], [0.5]),
    chain(['a', 'c'], [0.9]),
    chain(['a', 'c', 'b'], [0.9, 0.8]),
    chain(['a', 'c', 'd'], [0.9, 0.05]),
  ];

  it('keeps the strongest chain to each person, damped per extra hop, above the minimum', () => {
    // hopDecay 0.5: b directly 0.5, via c 0.9 × 0.8 × 0.5 = 0.36; d 0.9 × 0.05 × 0.5 = 0.0225 < 0.03.
    expect(influenceReach(chains, 0.5, 0.03).map((r) => [r.personId, r.strength, r.hops])).toEqual([
      ['c', 0.9, 1],
      ['b', 0.5, 1],
    ]);
    // No damping: via c (0.72) beats the direct 0.5.
    expect(influenceReach(chains, 1, 0.03).map((r) => [r.personId, r.strength, r.hops])).toEqual([
      ['c', 0.9, 1],
      ['b', 0.72, 2],
      ['d', 0.045, 2],
    ]);
  });

  it('ranks chains by the product of weights and names the weakest link', () => {
    const [best, next] = strongestChains(
      chains.slice(0, 3).filter((c) => c.people.at(-1)!.id === 'b'),
      5,
    );
    expect([best!.strength, best!.weakestLink]).toEqual([0.72, { fromId: 'c', toId: 'b', weight: 0.8 }]);
    expect(next!.strength).toBe(0.5);
  });
});
