// Archives an account: it keeps its history and stays readable by id, marked with archivedAt.
// Archiving an archived account again writes nothing and answers the first date (a retry).
// Its stored score and expansion opportunities (if any) are kept but flagged archived, so the
// portfolio views leave them out.
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $id})
WITH a, a IS NOT NULL AND a.archivedAt IS NULL AS ok
CALL (a, ok) {
  WITH a WHERE ok
  SET a.archivedAt = $archivedAt
  WITH a
  OPTIONAL MATCH (s:AccountScore {tenantId: $tenantId, accountId: a.id})
  WITH s WHERE s IS NOT NULL
  SET s.archived = true
}
CALL (a, ok) {
  WITH a WHERE ok
  MATCH (o:OpportunityScore {tenantId: $tenantId, accountId: a.id})
  SET o.archived = true
}
RETURN
  ok AS written,
  CASE WHEN a IS NULL THEN [{entity: 'Account', id: $id}] ELSE [] END AS notFound,
  CASE WHEN ok THEN [$id] ELSE [] END AS affectedAccountIds
