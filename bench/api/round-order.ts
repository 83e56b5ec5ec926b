/**
 * The order of the kinds of request within each round of an interleaved bench.
 *
 * `cyclic` (bench:api until round 8): round r runs the kinds starting from the r-th, in list order,
 * so each kind always runs right after the same other kind and pays for what that one left
 * behind (its garbage is collected during the next request). Two identical builds of the API
 * measured 0.83x and 0.90x of each other's CPU that way, depending only on their place in the
 * list (docs/performance.md, "Round 8: the map against the raw driver").
 * `shuffled` (the default since round 8): a new random order every round, from a seeded
 * generator, so every kind follows every other alike and a run can be repeated exactly.
 */
export type RoundOrder = 'cyclic' | 'shuffled';

export function roundOrders(kind: RoundOrder, seed: number): <T>(round: number, names: readonly T[]) => T[] {
  const random = mulberry32(seed);
  return (round, names) => {
    if (kind === 'cyclic') return names.map((_, k) => names[(Math.abs(round) + k) % names.length]!);
    const order = [...names];
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
}

/** A small seeded generator (mulberry32): the same seed, the same orders. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
