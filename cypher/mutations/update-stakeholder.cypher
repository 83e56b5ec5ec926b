// Changes a person's own fields and, when asked, their unit, in one statement ($fields holds
// only what the caller sent; null clears). The unit must be one of the person's account's.
// Reinstating a person who left (status ACTIVE) clears departedAt; the reporting line has its
// own mutations (setReportingLine / clearReportingLine), departures markStakeholderDeparted.
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: $businessUnitId})
CALL (p) {
  WITH p WHERE p IS NOT NULL AND $email IS NOT NULL
  OPTIONAL MATCH (p)-[:WORKS_AT]->(:Account)<-[:WORKS_AT]-(same:Person {tenantId: $tenantId, email: $email})
  WHERE same <> p
  RETURN head(collect(same.id)) AS sameEmailId
}
WITH p, u, sameEmailId,
     head([(p)-[:WORKS_AT]->(a:Account) | a.id]) AS accountId,
     head([(u)-[:UNIT_OF]->(ua:Account) | ua.id]) AS unitAccountId,
     CASE WHEN p IS NULL THEN [{entity: 'Stakeholder', id: $id}] ELSE [] END
       + CASE WHEN $businessUnitId IS NOT NULL AND u IS NULL THEN [{entity: 'BusinessUnit', id: $businessUnitId}] ELSE [] END AS notFound
WITH *, size(notFound) = 0 AND sameEmailId IS NULL AND (u IS NULL OR unitAccountId = accountId) AS ok
CALL (p, u, ok) {
  WITH p, u WHERE ok
  SET p += $fields
  WITH p, u
  CALL (p, u) {
    WITH p WHERE $businessUnitId IS NOT NULL OR $clearBusinessUnit
    OPTIONAL MATCH (p)-[old:MEMBER_OF]->(:BusinessUnit)
    DELETE old
  }
  CALL (p, u) {
    WITH p, u WHERE u IS NOT NULL
    CREATE (p)-[:MEMBER_OF]->(u)
  }
}
RETURN
  ok AS written,
  notFound,
  sameEmailId,
  accountId,
  unitAccountId,
  CASE WHEN ok THEN [accountId] ELSE [] END AS affectedAccountIds
