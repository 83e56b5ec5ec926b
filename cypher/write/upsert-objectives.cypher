UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (o:Objective {tenantId: $tenantId, id: row.id})
SET o.title = row.title,
    o.metric = row.metric,
    o.targetValue = row.targetValue,
    o.dueDate = date(row.dueDate),
    o.status = row.status
MERGE (a)-[:HAS_OBJECTIVE]->(o)
WITH o, row
CALL (o, row) {
  MATCH (p:Person {tenantId: $tenantId, id: row.ownerPersonId})
  MERGE (p)-[:OWNS_OBJECTIVE]->(o)
}
