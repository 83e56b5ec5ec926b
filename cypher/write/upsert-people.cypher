// Managers may come later in the same batch, so REPORTS_TO is linked by link-people-managers.
UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (p:Person {tenantId: $tenantId, id: row.id})
SET p.name = row.name,
    p.email = row.email,
    p.title = row.title,
    p.seniority = row.seniority,
    p.department = row.department,
    p.status = row.status,
    p.startedAt = date(row.startedAt),
    p.departedAt = date(row.departedAt)
WITH p, a, row
CALL (p, a) {
  OPTIONAL MATCH (p)-[old:WORKS_AT]->(other:Account)
  WHERE other <> a
  DELETE old
}
MERGE (p)-[:WORKS_AT]->(a)
WITH p, row
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:MEMBER_OF]->(u:BusinessUnit)
  WHERE u.id <> coalesce(row.businessUnitId, '')
  DELETE old
}
CALL (p, row) {
  MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
  MERGE (p)-[:MEMBER_OF]->(u)
}
