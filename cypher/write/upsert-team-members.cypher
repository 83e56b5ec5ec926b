UNWIND $rows AS row
MERGE (t:TeamMember {tenantId: $tenantId, id: row.id})
SET t.name = row.name, t.email = row.email, t.title = row.title
WITH t, row
CALL (t, row) {
  OPTIONAL MATCH (t)-[old:REPORTS_TO]->(m:TeamMember)
  WHERE m.id <> coalesce(row.managerId, '')
  DELETE old
}
CALL (t, row) {
  MATCH (m:TeamMember {tenantId: $tenantId, id: row.managerId})
  MERGE (t)-[:REPORTS_TO]->(m)
}
