// extras/role-assignments.csv -> Person -PLAYS_ROLE {role, since}-> Account, as
// write/upsert-role-assignments (one relationship per role and start date: the history).
// USING INDEX: planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/role-assignments.csv' AS row
CALL (row) {
  MATCH (p:Person {tenantId: $tenantId, id: row.contact_id})
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX a:Account(tenantId, id)
  MERGE (p)-[r:PLAYS_ROLE {role: row.role, since: date(row.since)}]->(a)
  SET r.until = date(row.until), r.source = row.source
} IN TRANSACTIONS OF 2000 ROWS
