// Set-wise (round 7), as write/upsert-people: one pass of key seeks splits the batch into rows with
// a person missing (rejected), rows whose relationship is new and rows whose relationship exists.
// New ones are CREATEd, doing 12-influences' work and no more (no MERGE: Expand(Into) + a lock on
// both people per row); created = size(fresh). Existing rows keep the careful compare of the
// stamp (updated / unchanged). row.twin: the repository marks a row whose key (from, to) an
// earlier row of the batch has; it takes the careful path, after the CREATEs, so a repeated key
// never makes two relationships. A twin's first row has the same people, so it is never rejected
// alone: the relationship is there when the careful path looks.
// Columns, not rows (round 8): see write/upsert-interactions; this WITH names the row's fields.
UNWIND range(0, size($columns.fromPersonId) - 1) AS n
WITH {ref: $columns.ref[n], fromPersonId: $columns.fromPersonId[n], kind: $columns.kind[n],
      source: $columns.source[n], toPersonId: $columns.toPersonId[n], weight: $columns.weight[n],
      sourceHash: $columns.sourceHash[n], keepExisting: $columns.keepExisting[n],
      twin: $columns.twin[n]} AS row
OPTIONAL MATCH (from:Person {tenantId: $tenantId, id: row.fromPersonId})
OPTIONAL MATCH (to:Person {tenantId: $tenantId, id: row.toPersonId})
WITH row, from, to,
     CASE WHEN from IS NULL OR to IS NULL OR row.twin IS NOT NULL THEN null
          ELSE head([(from)-[i:INFLUENCES]->(to) | i]) END AS old
WITH collect(CASE WHEN from IS NULL OR to IS NULL
                  THEN {ref: row.ref, outcome: 'rejected',
                        missing: CASE WHEN from IS NULL THEN ['fromPersonId'] ELSE [] END +
                                 CASE WHEN to IS NULL THEN ['toPersonId'] ELSE [] END} END) AS rejected,
     collect(CASE WHEN from IS NOT NULL AND to IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, from: from, to: to} END) AS fresh,
     collect(CASE WHEN from IS NOT NULL AND to IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, from: from, to: to} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.from AS from, f.to AS to
  CREATE (from)-[i:INFLUENCES]->(to)
  SET i.weight = row.weight, i.kind = row.kind, i.source = row.source, i.sourceHash = row.sourceHash
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.from AS from, k.to AS to
  MATCH (from)-[i:INFLUENCES]->(to)
  WITH row, i, CASE WHEN row.keepExisting OR i.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, i, outcome) {
    WITH * WHERE outcome = 'updated'
    SET i.weight = row.weight, i.kind = row.kind, i.source = row.source, i.sourceHash = row.sourceHash
  }
  RETURN count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
         count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged
}
// One row back per batch: the counts, and only the rows with something to report (the rejected).
RETURN size(fresh) AS created, updated, unchanged, size(rejected) AS rejected, rejected AS reported
