// Makes $managerId the person's manager (one REPORTS_TO per person), in one statement. Refused,
// with nothing written, when the manager is the person or already reports to them at any depth
// (a cycle), or works at another account. Setting the manager a person already has writes nothing.
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: $stakeholderId})
OPTIONAL MATCH (m:Person {tenantId: $tenantId, id: $managerId})
// Locks both people, so two concurrent changes that together would close a loop run one after
// the other and the second sees the cycle.
CALL (p, m) {
  WITH p, m WHERE p IS NOT NULL AND m IS NOT NULL
  SET p.status = p.status, m.status = m.status
}
WITH p, m,
     head([(p)-[:WORKS_AT]->(a:Account) | a.id]) AS accountId,
     head([(m)-[:WORKS_AT]->(a:Account) | a.id]) AS managerAccountId,
     head([(p)-[:REPORTS_TO]->(x:Person) | x.id]) AS previousManagerId,
     CASE WHEN p IS NULL THEN [{entity: 'Stakeholder', id: $stakeholderId}] ELSE [] END
       + CASE WHEN m IS NULL THEN [{entity: 'Stakeholder', id: $managerId}] ELSE [] END AS notFound
WITH *,
     p IS NOT NULL AND m IS NOT NULL AND (p = m OR EXISTS { (m)-[:REPORTS_TO*1..]->(p) }) AS cycle,
     [x IN nodes(head([path = (m)-[:REPORTS_TO*1..]->(p) | path] + [null])) | x.id] AS cyclePath
WITH *, size(notFound) = 0 AND NOT cycle AND accountId = managerAccountId AS ok
CALL (p, m, ok, previousManagerId) {
  WITH p, m WHERE ok AND coalesce(previousManagerId <> $managerId, true)
  OPTIONAL MATCH (p)-[old:REPORTS_TO]->(:Person)
  DELETE old
  WITH DISTINCT p, m
  CREATE (p)-[:REPORTS_TO]->(m)
}
RETURN
  ok AS written,
  notFound,
  cycle,
  cyclePath,
  accountId,
  managerAccountId,
  previousManagerId,
  CASE WHEN ok THEN [accountId] ELSE [] END AS affectedAccountIds
