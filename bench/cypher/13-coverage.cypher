// extras/account-coverage.csv -> TeamMember -COVERS {role}-> Account, as write/upsert-coverage.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/account-coverage.csv' AS row
CALL (row) {
  MATCH (t:TeamMember {tenantId: $tenantId, id: row.user_id})
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (t)-[c:COVERS {role: row.team_role}]->(a)
  SET c.since = date(row.since)
} IN TRANSACTIONS OF 2000 ROWS
