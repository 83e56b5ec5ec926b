/**
 * CSV lines as the two kinds of file are written: a Salesforce export quotes every field; the
 * generic extras quote only what needs it (RFC 4180). Quotes inside a field are doubled.
 */
export type Cell = string | number | boolean | null | undefined;
export type QuoteStyle = 'all' | 'minimal';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function text(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return String(value);
}

export function csvField(value: Cell, style: QuoteStyle): string {
  const raw = text(value);
  if (style === 'all' || NEEDS_QUOTES.test(raw)) return `"${raw.replace(/"/g, '""')}"`;
  return raw;
}

/** One record, newline-terminated. */
export function csvLine(values: readonly Cell[], style: QuoteStyle): string {
  if (style === 'minimal') return `${values.map((value) => csvField(value, style)).join(',')}\n`;
  // Millions of mostly blank fields: built in one pass, escaping only fields that hold a quote.
  let line = '"';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += '","';
    const value = values[i];
    if (value === '' || value === null || value === undefined) continue;
    const raw = text(value);
    line += raw.includes('"') ? raw.replace(/"/g, '""') : raw;
  }
  return `${line}"\n`;
}

/** `2023-02-07T20:47:49.000Z` -> `2023-02-07 20:47:49`, the way a Salesforce export writes instants (GMT). */
export function salesforceDateTime(iso: string | null): string {
  if (iso === null) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  if (!match) throw new Error(`Not an ISO instant: ${iso}`);
  return `${match[1]} ${match[2]}`;
}
