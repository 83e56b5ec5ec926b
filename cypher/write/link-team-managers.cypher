// The second pass for managers that came later than their reports: links them and drops the
// "manager missing" mark from the stored stamp, so the next identical import is unchanged.
UNWIND $rows AS row
MATCH (t:TeamMember {tenantId: $tenantId, id: row.id})
OPTIONAL MATCH (m:TeamMember {tenantId: $tenantId, id: row.managerId})
CALL (t, m) {
  OPTIONAL MATCH (t)-[old:REPORTS_TO]->(x:TeamMember)
  WHERE m IS NULL OR x <> m
  DELETE old
}
CALL (t, m) {
  WITH * WHERE m IS NOT NULL
  MERGE (t)-[:REPORTS_TO]->(m)
  SET t.sourceHash = replace(t.sourceHash, '|managerId', '')
}
RETURN row.ref AS ref, m IS NOT NULL OR row.managerId IS NULL AS resolved
