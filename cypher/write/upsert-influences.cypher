UNWIND $rows AS row
OPTIONAL MATCH (from:Person {tenantId: $tenantId, id: row.fromPersonId})
OPTIONAL MATCH (to:Person {tenantId: $tenantId, id: row.toPersonId})
WITH row, from, to,
     CASE WHEN from IS NULL THEN ['fromPersonId'] ELSE [] END +
     CASE WHEN to IS NULL THEN ['toPersonId'] ELSE [] END AS rejectedBy,
     CASE WHEN from IS NULL OR to IS NULL THEN [] ELSE [(from)-[i:INFLUENCES]->(to) | i.sourceHash] END AS existing
WITH row, from, to, rejectedBy,
     CASE WHEN size(rejectedBy) > 0 THEN 'rejected' WHEN size(existing) = 0 THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN existing[0] = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, from, to, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (from)-[i:INFLUENCES]->(to)
  SET i.weight = row.weight, i.kind = row.kind, i.source = row.source, i.sourceHash = row.sourceHash
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
