/**
 * A batch of rows as one list per field, all of the batch's length (`null` where a row has no
 * value), for the write statements that take `$columns` rather than `$rows`. As a list of maps
 * every row repeats its field names: Node packs them, Neo4j's Bolt thread decodes them and the
 * workers unpack them, once per row; as columns once per batch (an interaction batch packs to 184
 * bytes a row against 287, docs/scale.md, round 8). The statement names the fields in one place
 * (`WITH {id: $columns.id[n], ...} AS row`).
 */
export function toColumns(rows: readonly object[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  // for...in rather than Object.entries: no [field, value] array per field per row (a batch of
  // interactions is 2,000 rows of 13 fields). Rows are plain objects, so every key is their own.
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as Record<string, unknown>;
    for (const field in row) {
      let column = columns[field];
      if (column === undefined) {
        column = new Array<unknown>(rows.length).fill(null);
        columns[field] = column;
      }
      column[at] = row[field] ?? null;
    }
  }
  return columns;
}
