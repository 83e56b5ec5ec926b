// Opens a CRM opportunity with its contact roles in one statement; idempotent on the client's id
// like create-account. Written only when the account, the product and the owner (if any) and
// every contact exist in the caller's tenant, and every contact works at the account.
OPTIONAL MATCH (old:Opportunity {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
OPTIONAL MATCH (p:Product {tenantId: $tenantId, id: $productId})
OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: $ownerId})
CALL (a) {
  UNWIND $contactRoles AS contact
  OPTIONAL MATCH (c:Person {tenantId: $tenantId, id: contact.stakeholderId})
  RETURN
    collect(CASE WHEN c IS NULL THEN contact.stakeholderId END) AS missingContactIds,
    collect(CASE WHEN c IS NOT NULL AND NOT EXISTS { (c)-[:WORKS_AT]->(a) } THEN contact.stakeholderId END) AS contactsElsewhere
}
WITH old, a, p, t, missingContactIds, contactsElsewhere,
     CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END
       + CASE WHEN $productId IS NOT NULL AND p IS NULL THEN [{entity: 'Product', id: $productId}] ELSE [] END
       + CASE WHEN $ownerId IS NOT NULL AND t IS NULL THEN [{entity: 'TeamMember', id: $ownerId}] ELSE [] END
       + [x IN missingContactIds | {entity: 'Stakeholder', id: x}] AS notFound
WITH *, old IS NULL AND size(notFound) = 0 AND size(contactsElsewhere) = 0 AS ok
CALL (a, p, t, ok) {
  WITH a, p, t WHERE ok
  CREATE (o:Opportunity {tenantId: $tenantId, id: $id})-[:FOR_ACCOUNT]->(a)
  SET o += $fields, o.createKey = $createKey
  WITH o, p, t
  CALL (o, p) {
    WITH o, p WHERE p IS NOT NULL
    CREATE (o)-[:FOR_PRODUCT]->(p)
  }
  CALL (o, t) {
    WITH o, t WHERE t IS NOT NULL
    CREATE (t)-[:OWNS_OPPORTUNITY]->(o)
  }
  CALL (o) {
    UNWIND $contactRoles AS contact
    MATCH (c:Person {tenantId: $tenantId, id: contact.stakeholderId})
    CREATE (c)-[:CONTACT_ROLE {role: contact.role, isPrimary: contact.isPrimary}]->(o)
  }
}
RETURN
  ok AS written,
  old IS NOT NULL AS exists,
  coalesce(old.createKey = $createKey, false) AS replayed,
  notFound,
  contactsElsewhere,
  CASE WHEN ok THEN [$accountId] ELSE [] END AS affectedAccountIds
