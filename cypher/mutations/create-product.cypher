// Adds a product to the tenant's catalogue in one statement, idempotent on the client's id like
// create-account. The natural key is also checked: another product of the same name (compared
// case-insensitively) is a duplicate.
OPTIONAL MATCH (old:Product {tenantId: $tenantId, id: $id})
CALL () {
  OPTIONAL MATCH (same:Product {tenantId: $tenantId})
  WHERE toLower(trim(same.name)) = toLower(trim($name)) AND same.id <> $id
  RETURN head(collect(same.id)) AS sameNameId
}
WITH old, sameNameId, old IS NULL AND sameNameId IS NULL AS ok
CALL (ok) {
  WITH ok WHERE ok
  CREATE (p:Product {tenantId: $tenantId, id: $id})
  SET p += $fields, p.createKey = $createKey
}
RETURN
  ok AS written,
  old IS NOT NULL AS exists,
  coalesce(old.createKey = $createKey, false) AS replayed,
  [] AS notFound,
  sameNameId,
  [] AS affectedAccountIds
