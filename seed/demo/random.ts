/**
 * Seeded randomness for the demo generator: sfc32 seeded by hashing a string key with cyrb128.
 * A fork is derived from the parent's key, never from its current state, so a sub-stream does
 * not depend on how many numbers the parent (or a sibling fork) has already drawn.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(readonly key: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(key);
    // sfc32's first few outputs still correlate with the seed words.
    for (let i = 0; i < 15; i += 1) this.next();
  }

  static fromSeed(seed: number): Random {
    if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
    return new Random(`demo:${seed}`);
  }

  fork(label: string | number): Random {
    return new Random(`${this.key}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.d = (this.d + 1) | 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  float(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new Error(`int(${min}, ${max}) is an empty range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks one value with probability proportional to its weight; weights need not sum to 1. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
    if (total <= 0) throw new Error('weighted() needs at least one positive weight');
    let threshold = this.next() * total;
    for (const [value, weight] of entries) {
      threshold -= Math.max(0, weight);
      if (threshold < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = out[i] as T;
      out[i] = out[j] as T;
      out[j] = swap;
    }
    return out;
  }

  /** `count` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** `count` distinct items, each draw proportional to weight among those not yet drawn. */
  weightedSample<T>(entries: ReadonlyArray<readonly [T, number]>, count: number): T[] {
    const pool = entries.filter(([, weight]) => weight > 0);
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const chosen = this.weighted(pool.map((entry, position) => [position, entry[1]] as const));
      out.push((pool[chosen] as readonly [T, number])[0]);
      pool.splice(chosen, 1);
    }
    return out;
  }

  /** Standard normal (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Long-tailed and always positive: company sizes, tenures, deal sizes. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Heavier tail than log-normal; `alpha` near 1 is very skewed. */
  pareto(min: number, alpha: number): number {
    return min / Math.pow(1 - this.next(), 1 / alpha);
  }
}

function cyrb128(key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i += 1) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
