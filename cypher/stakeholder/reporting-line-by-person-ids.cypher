// Managers from the direct one up to the top; 25 levels bound a cycle in bad data.
UNWIND $personIds AS personId
MATCH (p:Person {tenantId: $tenantId, id: personId})
OPTIONAL CALL (p) {
  MATCH path = (p)-[:REPORTS_TO*1..25]->(:Person)
  RETURN path
  ORDER BY length(path) DESC
  LIMIT 1
}
RETURN personId, CASE WHEN path IS NULL THEN [] ELSE [m IN tail(nodes(path)) | m.id] END AS managerIds
