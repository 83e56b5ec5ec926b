// Changes a business unit's name, kind or headcount ($fields holds only what the caller sent).
OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: $id})
WITH u, head([(u)-[:UNIT_OF]->(a:Account) | a.id]) AS accountId
CALL (u) {
  WITH u WHERE u IS NOT NULL
  SET u += $fields
}
RETURN
  u IS NOT NULL AS written,
  CASE WHEN u IS NULL THEN [{entity: 'BusinessUnit', id: $id}] ELSE [] END AS notFound,
  accountId,
  CASE WHEN u IS NULL THEN [] ELSE [accountId] END AS affectedAccountIds
