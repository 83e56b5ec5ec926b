// Every upsert decides per row: created, updated, unchanged (the stored sourceHash matches, so
// nothing is written) or rejected (a required reference is missing), with what was missing; it
// returns the batch's counts and only the rows with something to report.
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
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, [] AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
