import { Random } from '../../seed/demo/random';

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
  const random = Random.fromSeed(seed);
  return (round, names) =>
    kind === 'cyclic'
      ? names.map((_, k) => names[(Math.abs(round) + k) % names.length]!)
      : random.shuffle(names);
}
