// Removes the person's manager (their REPORTS_TO), in one statement. A person with no manager is
// left as is (a retry writes nothing).
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: $stakeholderId})
WITH p,
     head([(p)-[:WORKS_AT]->(a:Account) | a.id]) AS accountId,
     head([(p)-[:REPORTS_TO]->(x:Person) | x.id]) AS previousManagerId
CALL (p) {
  WITH p WHERE p IS NOT NULL
  OPTIONAL MATCH (p)-[old:REPORTS_TO]->(:Person)
  DELETE old
}
RETURN
  p IS NOT NULL AS written,
  CASE WHEN p IS NULL THEN [{entity: 'Stakeholder', id: $stakeholderId}] ELSE [] END AS notFound,
  accountId,
  previousManagerId,
  CASE WHEN p IS NULL THEN [] ELSE [accountId] END AS affectedAccountIds
