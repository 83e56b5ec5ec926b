UNWIND $rows AS row
MATCH (p:Person {tenantId: $tenantId, id: row.id})
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:REPORTS_TO]->(m:Person)
  WHERE m.id <> coalesce(row.reportsToId, '')
  DELETE old
}
CALL (p, row) {
  MATCH (m:Person {tenantId: $tenantId, id: row.reportsToId})
  MERGE (p)-[:REPORTS_TO]->(m)
}
