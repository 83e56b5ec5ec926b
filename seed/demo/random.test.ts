import { Random } from './random';

describe('Random', () => {
  it('repeats its sequence for the same seed', () => {
    const a = Random.fromSeed(1);
    const b = Random.fromSeed(1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(Random.fromSeed(2).next()).not.toBe(Random.fromSeed(1).next());
  });

  it('forks independently of how much the parent has consumed', () => {
    const fresh = Random.fromSeed(9).fork('account:7');
    const used = Random.fromSeed(9);
    for (let i = 0; i < 1000; i += 1) used.next();
    expect(used.fork('account:7').next()).toBe(fresh.next());
    expect(Random.fromSeed(9).fork('account:8').next()).not.toBe(Random.fromSeed(9).fork('account:7').next());
  });

  it('draws integers inclusively within range', () => {
    const rng = Random.fromSeed(3);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('respects weights, never picking a zero weight', () => {
    const rng = Random.fromSeed(4);
    const draws = Array.from({ length: 2000 }, () =>
      rng.weighted([
        ['a', 3],
        ['b', 1],
        ['c', 0],
      ]),
    );
    const a = draws.filter((d) => d === 'a').length;
    expect(draws).not.toContain('c');
    expect(a / draws.length).toBeGreaterThan(0.7);
    expect(a / draws.length).toBeLessThan(0.8);
  });

  it('shuffles into a permutation and samples distinct items', () => {
    const rng = Random.fromSeed(5);
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(rng.shuffle(items).sort()).toEqual(items);
    expect(new Set(rng.sample(items, 5)).size).toBe(5);
    expect(
      new Set(
        rng.weightedSample(
          items.map((i) => [i, i] as const),
          8,
        ),
      ).size,
    ).toBe(8);
  });

  it('has a long tail for sizes', () => {
    const rng = Random.fromSeed(6);
    const sizes = Array.from({ length: 2000 }, () => rng.logNormal(700, 1.6)).sort((a, b) => a - b);
    const median = sizes[1000] ?? 0;
    expect(median).toBeGreaterThan(500);
    expect(median).toBeLessThan(1000);
    expect(sizes[1990] ?? 0).toBeGreaterThan(median * 20);
    expect(rng.pareto(10, 1.5)).toBeGreaterThanOrEqual(10);
  });
});
