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

function clean(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = clean(item);
    return out;
  }
  // Dates, Neo4j temporal values and numbers pass unchanged.
  return value;
}

/** A write's parameters with every string cleaned; plain objects and arrays are copied. */
export function cleanWriteParams<T extends Record<string, unknown>>(params: T): T {
  return clean(params) as T;
}
