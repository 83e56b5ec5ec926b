/**
 * Text hygiene at the one gate every write passes (the executor): C0/C1 control characters
 * (NUL, escape sequences…) and the Unicode bidirectional overrides, embeddings and isolates
 * (used to make text read differently from what it is, "Trojan Source") are removed from every
 * string a write stores. Tab, line feed and carriage return stay: notes and subjects have lines.
 */
const UNSAFE_CLASS =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]';
const HAS_UNSAFE = new RegExp(UNSAFE_CLASS);
const ALL_UNSAFE = new RegExp(UNSAFE_CLASS, 'g');

export function cleanText(value: string): string {
  // The test first: almost every string is clean and is returned as it is.
  return HAS_UNSAFE.test(value) ? value.replace(ALL_UNSAFE, '') : value;
}

/**
 * Copy on write: a value with nothing to clean is returned as it is (the same array or object),
 * so an import batch of clean rows, nearly all of them, costs a walk and no copies. Only the
 * objects on the way to a changed string are copied; the caller's value is never modified.
 */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const cleaned = clean(item);
      if (cleaned !== item && out === null) out = value.slice(0, i);
      if (out !== null) out.push(cleaned);
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    for (const key in record) {
      const item = record[key];
      const cleaned = clean(item);
      if (cleaned !== item) {
        out ??= { ...record };
        out[key] = cleaned;
      }
    }
    return out ?? value;
  }
  // Dates, Neo4j temporal values and numbers pass unchanged.
  return value;
}

/** A write's parameters with every string cleaned; only what held an unsafe character is copied. */
export function cleanWriteParams<T extends Record<string, unknown>>(params: T): T {
  return clean(params) as T;
}
