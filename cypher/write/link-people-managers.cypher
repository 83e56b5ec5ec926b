// The second pass for managers that came later than their reports (see link-team-managers).
UNWIND $rows AS row
MATCH (p:Person {tenantId: $tenantId, id: row.id})
OPTIONAL MATCH (m:Person {tenantId: $tenantId, id: row.reportsToId})
CALL (p, m) {
  OPTIONAL MATCH (p)-[old:REPORTS_TO]->(x:Person)
  WHERE m IS NULL OR x <> m
  DELETE old
}
CALL (p, m) {
  WITH * WHERE m IS NOT NULL
  MERGE (p)-[:REPORTS_TO]->(m)
  SET p.sourceHash = replace(p.sourceHash, '|reportsToId', '')
}
RETURN row.ref AS ref, m IS NOT NULL OR row.reportsToId IS NULL AS resolved
