// Creates a business unit of an account in one statement; idempotent on the client's id like
// create-account (same id and same input: answered without writing; other input: refused).
OPTIONAL MATCH (old:BusinessUnit {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
WITH old, a, CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END AS notFound
WITH old, a, notFound, old IS NULL AND a IS NOT NULL AS ok
CALL (a, ok) {
  WITH a WHERE ok
  CREATE (u:BusinessUnit {tenantId: $tenantId, id: $id})-[:UNIT_OF]->(a)
  SET u += $fields, u.createKey = $createKey
}
RETURN
  ok AS written,
  old IS NOT NULL AS exists,
  coalesce(old.createKey = $createKey, false) AS replayed,
  notFound,
  head([(old)-[:UNIT_OF]->(x:Account) | x.id]) AS existingAccountId,
  CASE WHEN ok THEN [$accountId] ELSE [] END AS affectedAccountIds
