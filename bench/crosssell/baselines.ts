/**
 * The simple rankings the product's cross-sell is compared with, computed in the benchmark from
 * the same training purchases the graph holds. Each ranks the products an account does not own
 * yet, best first; ties fall to popularity, then product id, so runs compare.
 */

export type Ownership = ReadonlyMap<string, ReadonlySet<string>>;
export type Ranker = (accountId: string) => string[];

function popularityOf(owned: Ownership): Map<string, number> {
  const counts = new Map<string, number>();
  for (const products of owned.values()) for (const p of products) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

function rankBy(
  catalog: readonly string[],
  mine: ReadonlySet<string>,
  score: (productId: string) => number,
  popularity: ReadonlyMap<string, number>,
): string[] {
  return catalog
    .filter((p) => !mine.has(p))
    .sort(
      (a, b) =>
        score(b) - score(a) || (popularity.get(b) ?? 0) - (popularity.get(a) ?? 0) || a.localeCompare(b),
    );
}

/** Most accounts owning it first. */
export function popularity(owned: Ownership, catalog: readonly string[]): Ranker {
  const counts = popularityOf(owned);
  return (accountId) => rankBy(catalog, owned.get(accountId) ?? new Set(), () => 0, counts);
}

function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const p of a) if (b.has(p)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
}

/** The k most similar accounts by owned products (cosine); Σ similarity of those owning it. */
export function nearestAccounts(owned: Ownership, catalog: readonly string[], k: number): Ranker {
  const counts = popularityOf(owned);
  return (accountId) => {
    const mine = owned.get(accountId) ?? new Set<string>();
    const neighbours = [...owned]
      .filter(([id]) => id !== accountId)
      .map(([id, products]) => ({ id, products, similarity: cosine(mine, products) }))
      .filter((n) => n.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
      .slice(0, k);
    const scores = new Map<string, number>();
    for (const n of neighbours) {
      for (const p of n.products) scores.set(p, (scores.get(p) ?? 0) + n.similarity);
    }
    return rankBy(catalog, mine, (p) => scores.get(p) ?? 0, counts);
  };
}

/** Item co-occurrence: Σ over owned X of both(X, Y) / √(owners(X) × owners(Y)). */
export function coOccurrence(owned: Ownership, catalog: readonly string[]): Ranker {
  const counts = popularityOf(owned);
  const pairs = new Map<string, number>();
  for (const products of owned.values()) {
    for (const x of products)
      for (const y of products)
        if (x !== y) pairs.set(`${x}\u0000${y}`, (pairs.get(`${x}\u0000${y}`) ?? 0) + 1);
  }
  return (accountId) => {
    const mine = owned.get(accountId) ?? new Set<string>();
    const score = (y: string) => {
      let sum = 0;
      for (const x of mine) {
        const both = pairs.get(`${x}\u0000${y}`) ?? 0;
        if (both > 0) sum += both / Math.sqrt((counts.get(x) ?? 1) * (counts.get(y) ?? 1));
      }
      return sum;
    };
    return rankBy(catalog, mine, score, counts);
  };
}
