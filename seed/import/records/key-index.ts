/**
 * The keys of every record seen in this run, to catch two rows claiming the same id. It keeps a
 * 64-bit hash of each key, 32 bits of the record's content hash and where it was first seen, in
 * typed arrays: 18 bytes a slot, 26–52 bytes a record at the table's load, against well over 100
 * for a Set of strings. With 64 bits, two different keys of a five-million-row run collide with
 * a chance below one in a million.
 */
export interface FirstSeen {
  line: number;
  source: number;
  /** Whether the earlier record had exactly the same content. */
  sameContent: boolean;
}

const EMPTY = 0;
const MAX_LOAD = 0.7;

export class KeyIndex {
  private high: Uint32Array;
  private low: Uint32Array;
  private fingerprint: Uint32Array;
  private line: Uint32Array;
  private source: Uint16Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.fingerprint = new Uint32Array(capacity);
    this.line = new Uint32Array(capacity);
    this.source = new Uint16Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Records the key if new; otherwise says where it was first seen. */
  add(key: string, contentFingerprint: number, line: number, source: number): FirstSeen | null {
    const [high, low] = hash64(key);
    const slot = this.find(high, low);
    if (this.high[slot] !== EMPTY || this.low[slot] !== EMPTY) {
      return {
        line: this.line[slot] ?? 0,
        source: this.source[slot] ?? 0,
        sameContent: this.fingerprint[slot] === contentFingerprint >>> 0,
      };
    }
    this.high[slot] = high;
    this.low[slot] = low;
    this.fingerprint[slot] = contentFingerprint >>> 0;
    this.line[slot] = line;
    this.source[slot] = source;
    this.count += 1;
    if (this.count > this.high.length * MAX_LOAD) this.grow();
    return null;
  }

  has(key: string): boolean {
    const [high, low] = hash64(key);
    const slot = this.find(high, low);
    return this.high[slot] !== EMPTY || this.low[slot] !== EMPTY;
  }

  private find(high: number, low: number): number {
    const mask = this.high.length - 1;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    for (;;) {
      const h = this.high[slot] ?? EMPTY;
      const l = this.low[slot] ?? EMPTY;
      if ((h === EMPTY && l === EMPTY) || (h === high && l === low)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { high, low, fingerprint, line, source } = this;
    const capacity = high.length * 2;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.fingerprint = new Uint32Array(capacity);
    this.line = new Uint32Array(capacity);
    this.source = new Uint16Array(capacity);
    for (let i = 0; i < high.length; i += 1) {
      const h = high[i] ?? EMPTY;
      const l = low[i] ?? EMPTY;
      if (h === EMPTY && l === EMPTY) continue;
      const slot = this.find(h, l);
      this.high[slot] = h;
      this.low[slot] = l;
      this.fingerprint[slot] = fingerprint[i] ?? 0;
      this.line[slot] = line[i] ?? 0;
      this.source[slot] = source[i] ?? 0;
    }
  }
}

/** Two independent 32-bit mixes of the string (cyrb53's construction, keeping all 64 bits). */
export function hash64(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = h1 >>> 0;
  const low = h2 >>> 0;
  // (0, 0) marks an empty slot.
  return high === EMPTY && low === EMPTY ? [1, 0] : [high, low];
}
