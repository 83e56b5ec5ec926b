// Moves an opportunity on (name, stage, status, amount, close date: $fields holds only what the
// caller sent) and, when $contactRoles is a list, replaces its contact roles with it, in one
// statement. Every new contact must be a person of the opportunity's account.
OPTIONAL MATCH (o:Opportunity {tenantId: $tenantId, id: $id})
WITH o, head([(o)-[:FOR_ACCOUNT]->(a:Account) | a]) AS a
CALL (a) {
  UNWIND coalesce($contactRoles, []) AS contact
  OPTIONAL MATCH (c:Person {tenantId: $tenantId, id: contact.stakeholderId})
  RETURN
    collect(CASE WHEN c IS NULL THEN contact.stakeholderId END) AS missingContactIds,
    collect(CASE WHEN c IS NOT NULL AND NOT EXISTS { (c)-[:WORKS_AT]->(a) } THEN contact.stakeholderId END) AS contactsElsewhere
}
WITH o, a, contactsElsewhere,
     CASE WHEN o IS NULL THEN [{entity: 'Opportunity', id: $id}] ELSE [] END
       + [x IN missingContactIds | {entity: 'Stakeholder', id: x}] AS notFound
WITH *, size(notFound) = 0 AND size(contactsElsewhere) = 0 AS ok
CALL (o, ok) {
  WITH o WHERE ok
  SET o += $fields
  WITH o
  CALL (o) {
    WITH o WHERE $contactRoles IS NOT NULL
    OPTIONAL MATCH (:Person)-[old:CONTACT_ROLE]->(o)
    DELETE old
  }
  CALL (o) {
    UNWIND coalesce($contactRoles, []) AS contact
    MATCH (c:Person {tenantId: $tenantId, id: contact.stakeholderId})
    CREATE (c)-[:CONTACT_ROLE {role: contact.role, isPrimary: contact.isPrimary}]->(o)
  }
}
RETURN
  ok AS written,
  notFound,
  contactsElsewhere,
  a.id AS accountId,
  CASE WHEN ok THEN [a.id] ELSE [] END AS affectedAccountIds
