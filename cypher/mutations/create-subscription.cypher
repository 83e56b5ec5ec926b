// Records what an account (or one of its units) bought, in one statement; idempotent on the
// client's id like create-account. Written only when the account, the product and the unit (if
// any) exist in the caller's tenant and the unit is one of the account's.
OPTIONAL MATCH (old:Subscription {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
OPTIONAL MATCH (p:Product {tenantId: $tenantId, id: $productId})
OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: $businessUnitId})
WITH old, a, p, u,
     CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END
       + CASE WHEN p IS NULL THEN [{entity: 'Product', id: $productId}] ELSE [] END
       + CASE WHEN $businessUnitId IS NOT NULL AND u IS NULL THEN [{entity: 'BusinessUnit', id: $businessUnitId}] ELSE [] END AS notFound,
     head([(u)-[:UNIT_OF]->(ua:Account) | ua.id]) AS unitAccountId
WITH *, old IS NULL AND size(notFound) = 0 AND (u IS NULL OR unitAccountId = $accountId) AS ok
CALL (a, p, u, ok) {
  WITH a, p, u WHERE ok
  CREATE (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {tenantId: $tenantId, id: $id})-[:OF_PRODUCT]->(p)
  SET s += $fields, s.createKey = $createKey
  WITH s, u WHERE u IS NOT NULL
  CREATE (s)-[:FOR_UNIT]->(u)
}
RETURN
  ok AS written,
  old IS NOT NULL AS exists,
  coalesce(old.createKey = $createKey, false) AS replayed,
  notFound,
  unitAccountId,
  head([(old)<-[:HAS_SUBSCRIPTION]-(x:Account) | x.id]) AS existingAccountId,
  CASE WHEN ok THEN [$accountId] ELSE [] END AS affectedAccountIds
