// extras/nps-responses.csv -> NpsResponse -FOR_ACCOUNT-> Account, Person -ANSWERED-> it, as
// write/upsert-nps-responses.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/nps-responses.csv' AS row
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (n:NpsResponse {tenantId: $tenantId, id: row.response_id})
  SET n.score = toInteger(row.score), n.answeredAt = datetime(row.answered_at), n.comment = row.comment
  MERGE (n)-[:FOR_ACCOUNT]->(a)
  WITH n, row
  CALL (n, row) {
    MATCH (p:Person {tenantId: $tenantId, id: row.contact_id})
    MERGE (p)-[:ANSWERED]->(n)
  }
} IN TRANSACTIONS OF 2000 ROWS
