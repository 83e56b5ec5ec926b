// Creates a person of an account in one statement, idempotent on the client's id like
// create-account. The natural key is also checked: an email already used by another person of
// the same account is a duplicate. The unit must be one of the account's, and the manager a
// person of the same account; otherwise nothing is written and the row says why.
OPTIONAL MATCH (old:Person {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: $businessUnitId})
OPTIONAL MATCH (m:Person {tenantId: $tenantId, id: $managerId})
// Locks the account first, so two concurrent creates with the same email queue and the second
// sees the first.
CALL (a) {
  WITH a WHERE a IS NOT NULL
  SET a.name = a.name
}
CALL (a) {
  OPTIONAL MATCH (same:Person {tenantId: $tenantId, email: $email})-[:WORKS_AT]->(a)
  WHERE $email IS NOT NULL AND same.id <> $id
  RETURN head(collect(same.id)) AS sameEmailId
}
WITH old, a, u, m, sameEmailId,
     CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END
       + CASE WHEN $businessUnitId IS NOT NULL AND u IS NULL THEN [{entity: 'BusinessUnit', id: $businessUnitId}] ELSE [] END
       + CASE WHEN $managerId IS NOT NULL AND m IS NULL THEN [{entity: 'Stakeholder', id: $managerId}] ELSE [] END AS notFound,
     head([(u)-[:UNIT_OF]->(ua:Account) | ua.id]) AS unitAccountId,
     head([(m)-[:WORKS_AT]->(ma:Account) | ma.id]) AS managerAccountId
WITH *,
     old IS NULL AND size(notFound) = 0 AND sameEmailId IS NULL
       AND (u IS NULL OR unitAccountId = $accountId)
       AND (m IS NULL OR managerAccountId = $accountId) AS ok
CALL (a, u, m, ok) {
  WITH a, u, m WHERE ok
  CREATE (p:Person {tenantId: $tenantId, id: $id})-[:WORKS_AT]->(a)
  SET p += $fields, p.createKey = $createKey
  WITH p, u, m
  CALL (p, u) {
    WITH p, u WHERE u IS NOT NULL
    CREATE (p)-[:MEMBER_OF]->(u)
  }
  CALL (p, m) {
    WITH p, m WHERE m IS NOT NULL
    CREATE (p)-[:REPORTS_TO]->(m)
  }
}
RETURN
  ok AS written,
  old IS NOT NULL AS exists,
  coalesce(old.createKey = $createKey, false) AS replayed,
  notFound,
  sameEmailId,
  unitAccountId,
  managerAccountId,
  CASE WHEN ok THEN [$accountId] ELSE [] END AS affectedAccountIds
