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
RETURN row.ref AS ref, outcome, rejectedBy AS missing
