// Changes a product's name, family or list price ($fields holds only what the caller sent). A
// new name taken by another product is a duplicate. Accounts that own the product are affected.
OPTIONAL MATCH (p:Product {tenantId: $tenantId, id: $id})
CALL (p) {
  OPTIONAL MATCH (same:Product {tenantId: $tenantId})
  WHERE $name IS NOT NULL AND p IS NOT NULL AND same <> p AND toLower(trim(same.name)) = toLower(trim($name))
  RETURN head(collect(same.id)) AS sameNameId
}
WITH p, sameNameId, p IS NOT NULL AND sameNameId IS NULL AS ok
CALL (p, ok) {
  WITH p WHERE ok
  SET p += $fields
}
RETURN
  ok AS written,
  CASE WHEN p IS NULL THEN [{entity: 'Product', id: $id}] ELSE [] END AS notFound,
  sameNameId,
  CASE WHEN ok THEN [(p)<-[:OF_PRODUCT]-(:Subscription)<-[:HAS_SUBSCRIPTION]-(a:Account) | a.id] ELSE [] END AS affectedAccountIds
