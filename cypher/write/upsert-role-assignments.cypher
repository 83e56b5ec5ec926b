// A role's history is kept: the same person, account, role and start date is one assignment.
UNWIND $rows AS row
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.personId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
WITH row, p, a,
     CASE WHEN p IS NULL THEN ['personId'] ELSE [] END + CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     CASE WHEN p IS NULL OR a IS NULL THEN []
          ELSE [(p)-[r:PLAYS_ROLE {role: row.role, since: date(row.since)}]->(a) | r.sourceHash] END AS existing
WITH row, p, a, rejectedBy,
     CASE WHEN size(rejectedBy) > 0 THEN 'rejected' WHEN size(existing) = 0 THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN existing[0] = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, p, a, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (p)-[r:PLAYS_ROLE {role: row.role, since: date(row.since)}]->(a)
  SET r.until = date(row.until), r.source = row.source, r.sourceHash = row.sourceHash
}
RETURN row.ref AS ref, outcome, rejectedBy AS missing
