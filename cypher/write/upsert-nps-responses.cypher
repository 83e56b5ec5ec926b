UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (n:NpsResponse {tenantId: $tenantId, id: row.id})
SET n.score = row.score, n.answeredAt = datetime(row.answeredAt), n.comment = row.comment
MERGE (n)-[:FOR_ACCOUNT]->(a)
WITH n, row
CALL (n, row) {
  MATCH (p:Person {tenantId: $tenantId, id: row.personId})
  MERGE (p)-[:ANSWERED]->(n)
}
