// extras/role-assignments.csv -> Person -PLAYS_ROLE {role, since}-> Account, as
// write/upsert-role-assignments (one relationship per role and start date: the history).
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row. The assignment is looked for from the person (a few each),
// not by a MERGE on {role, since}: the planner served that MERGE from the plays_role_role index,
// every assignment of the role in the database, so each row cost more as the load went on
// (49 s for 30,750 rows at 2,000 accounts).
LOAD CSV WITH HEADERS FROM 'file:///extras/role-assignments.csv' AS row
CALL (row) {
  MATCH (p:Person {tenantId: $tenantId, id: row.contact_id})
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  WITH row, p, a, date(row.since) AS since
  WITH row, p, a, since,
       [r IN [(p)-[x:PLAYS_ROLE]->(a) | x] WHERE r.role = row.role AND r.since = since] AS existing
  CALL (row, p, a, since, existing) {
    WITH * WHERE size(existing) = 0
    CREATE (p)-[r:PLAYS_ROLE {role: row.role, since: since}]->(a)
    SET r.until = date(row.until), r.source = row.source
  }
  CALL (row, existing) {
    WITH * WHERE size(existing) > 0
    WITH row, existing[0] AS r
    SET r.until = date(row.until), r.source = row.source
  }
} IN TRANSACTIONS OF 2000 ROWS
