// extras/objectives.csv -> Account -HAS_OBJECTIVE-> Objective, Person -OWNS_OBJECTIVE-> it, as
// write/upsert-objectives.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/objectives.csv' AS row
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (o:Objective {tenantId: $tenantId, id: row.objective_id})
  SET o.title = row.title,
      o.metric = row.metric,
      o.targetValue = toFloat(row.target_value),
      o.dueDate = date(row.due_date),
      o.status = row.status
  MERGE (a)-[:HAS_OBJECTIVE]->(o)
  WITH o, row
  CALL (o, row) {
    MATCH (p:Person {tenantId: $tenantId, id: row.owner_contact_id})
    MERGE (p)-[:OWNS_OBJECTIVE]->(o)
  }
} IN TRANSACTIONS OF 2000 ROWS
