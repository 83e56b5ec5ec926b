// Every upsert reports per row: created, updated, unchanged (the stored sourceHash matches, so
// nothing is written) or rejected (a required reference is missing), with what was missing.
// Rows with keepExisting only create: a record derived from another (a department's unit) does
// not overwrite what a fuller source wrote.
UNWIND $rows AS row
OPTIONAL MATCH (old:Product {tenantId: $tenantId, id: row.id})
WITH row,
     CASE WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged' WHEN old.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, outcome) {
  WITH * WHERE outcome <> 'unchanged'
  MERGE (p:Product {tenantId: $tenantId, id: row.id})
  SET p.name = row.name,
      p.family = row.family,
      p.listPricePerSeat = row.listPricePerSeat,
      p.sourceHash = row.sourceHash
}
RETURN row.ref AS ref, outcome, [] AS missing
