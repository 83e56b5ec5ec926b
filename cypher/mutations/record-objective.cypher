// Records a customer objective in one statement, so in one write transaction. Written only when
// the account exists in the caller's tenant, the owner (if any) is an active person of that
// account, and the account has no objective of the same title yet (compared case-insensitively,
// so a retried request does not record it twice).
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
OPTIONAL MATCH (owner:Person {tenantId: $tenantId, id: $ownerStakeholderId})
// Locks the account before looking for a same-title objective, so concurrent retries queue.
CALL (a) {
  WITH a WHERE a IS NOT NULL
  SET a.name = a.name
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_OBJECTIVE]->(same:Objective)
  WHERE toLower(trim(same.title)) = toLower(trim($title))
  RETURN head(collect(same.id)) AS sameTitleId
}
WITH a, owner, sameTitleId, head([(owner)-[:WORKS_AT]->(home:Account) | home.id]) AS ownerWorksAt
WITH a, owner, sameTitleId, ownerWorksAt,
     a IS NOT NULL AND sameTitleId IS NULL
       AND ($ownerStakeholderId IS NULL OR (ownerWorksAt = a.id AND owner.status = 'ACTIVE')) AS ok
CALL (a, owner, ok) {
  WITH a, owner WHERE ok
  CREATE (a)-[:HAS_OBJECTIVE]->(o:Objective {tenantId: $tenantId, id: $id})
  SET o.title = $title,
      o.metric = $metric,
      o.targetValue = $targetValue,
      o.dueDate = date($dueDate),
      o.status = $status
  WITH o, owner
  CALL (o, owner) {
    WITH o, owner WHERE owner IS NOT NULL
    CREATE (owner)-[:OWNS_OBJECTIVE]->(o)
  }
}
OPTIONAL MATCH (o:Objective {tenantId: $tenantId, id: $id})
RETURN
  ok AS written,
  CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END
    + CASE WHEN $ownerStakeholderId IS NOT NULL AND owner IS NULL
        THEN [{entity: 'Stakeholder', id: $ownerStakeholderId}] ELSE [] END AS notFound,
  ownerWorksAt,
  owner.status AS ownerStatus,
  owner.departedAt AS ownerDepartedAt,
  sameTitleId,
  CASE WHEN ok THEN o {
    .id, .title, .metric, .targetValue, .dueDate, .status,
    accountId: a.id,
    ownerPersonId: owner.id
  } END AS objective
