export type CsvItem =
  | { kind: 'header'; line: number; values: string[] }
  | { kind: 'row'; line: number; values: string[] }
  /**
   * A row the CSV parser could not read (a stray quote, say), or one with a field too long to
   * store: reported with its line (and column when known), the rest goes on.
   */
  | { kind: 'malformed'; line: number; message: string; column?: string };

/**
 * The longest field a row may hold, in UTF-8 bytes. Neo4j refuses index keys over ~8 KB, and
 * any imported field may be an indexed key (ids, names, e-mails): a longer one would abort the
 * whole write batch, so its row is rejected here instead, with the line and column.
 */
export const MAX_FIELD_BYTES = 4_000;

/** Bytes of the file parsed so far, for progress bars (shared with the caller). */
export interface ReadProgress {
  bytes: number;
}

/**
 * What a parsed record becomes, whichever parser read it: nothing for a blank line, the header
 * (names trimmed, a BOM dropped) when none was seen yet (`header` is filled in place), a
 * malformed item for a field over MAX_FIELD_BYTES, else a row.
 */
export function recordItem(values: string[], line: number, header: string[]): CsvItem | null {
  if (values.length === 1 && values[0] === '') return null;
  if (header.length === 0) {
    header.push(...values.map((value) => value.trim().replace(/^\uFEFF/, '')));
    return { kind: 'header', line, values: header };
  }
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as string;
    // A UTF-8 character is at most 4 bytes: shorter strings cannot be over the limit.
    if (value.length > MAX_FIELD_BYTES / 4 && Buffer.byteLength(value) > MAX_FIELD_BYTES) {
      const column = header[i] || `#${i + 1}`;
      return {
        kind: 'malformed',
        line,
        column,
        message: `field '${column}' is ${Buffer.byteLength(value)} bytes long, over the ${MAX_FIELD_BYTES} a field may hold`,
      };
    }
  }
  return { kind: 'row', line, values };
}
