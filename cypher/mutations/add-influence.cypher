// Adds an influence edge in one statement, so in one write transaction. One INFLUENCES per
// ordered pair (as every writer keeps it): an existing edge from -> to takes the new weight, kind
// and source, and the previous values are returned. Written only when both people exist in the
// caller's tenant.
OPTIONAL MATCH (from:Person {tenantId: $tenantId, id: $fromStakeholderId})
OPTIONAL MATCH (to:Person {tenantId: $tenantId, id: $toStakeholderId})
CALL (from, to) {
  OPTIONAL MATCH (from)-[old:INFLUENCES]->(to)
  RETURN head(collect(old {.weight, .kind, .source})) AS previous
}
WITH from, to, previous, from IS NOT NULL AND to IS NOT NULL AND from <> to AS ok
CALL (from, to, ok) {
  WITH from, to WHERE ok
  MERGE (from)-[i:INFLUENCES]->(to)
  SET i.weight = $weight, i.kind = $kind, i.source = $source
}
OPTIONAL MATCH (from)-[i:INFLUENCES]->(to)
RETURN
  ok AS written,
  CASE WHEN from IS NULL THEN [{entity: 'Stakeholder', id: $fromStakeholderId}] ELSE [] END
    + CASE WHEN to IS NULL THEN [{entity: 'Stakeholder', id: $toStakeholderId}] ELSE [] END AS notFound,
  previous,
  CASE WHEN ok THEN {
    fromPersonId: from.id, toPersonId: to.id, weight: i.weight, kind: i.kind, source: i.source
  } END AS influence
