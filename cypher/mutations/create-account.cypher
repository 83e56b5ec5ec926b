// Creates an account in one statement, so in one write transaction. Idempotent on the client's
// id: the same id with the same input ($createKey, a hash of it) answers the stored account
// without writing again; the same id with other input is refused (a duplicate key). Written only
// when the parent (if any) exists in the caller's tenant.
OPTIONAL MATCH (old:Account {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (parent:Account {tenantId: $tenantId, id: $parentId})
WITH old, parent,
     CASE WHEN $parentId IS NOT NULL AND parent IS NULL THEN [{entity: 'Account', id: $parentId}] ELSE [] END AS notFound
WITH old, parent, notFound, old IS NULL AND size(notFound) = 0 AS ok
CALL (parent, ok) {
  WITH parent WHERE ok
  CREATE (a:Account {tenantId: $tenantId, id: $id})
  SET a += $fields, a.createKey = $createKey
  WITH a, parent WHERE parent IS NOT NULL
  CREATE (a)-[:SUBSIDIARY_OF]->(parent)
}
RETURN
  ok AS written,
  old IS NOT NULL AS exists,
  coalesce(old.createKey = $createKey, false) AS replayed,
  notFound,
  CASE WHEN ok THEN [x IN [$id, $parentId] WHERE x IS NOT NULL] ELSE [] END AS affectedAccountIds
