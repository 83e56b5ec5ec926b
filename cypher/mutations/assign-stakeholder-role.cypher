// Opens a role assignment in one statement, so in one write transaction. Written only when the
// person and the account exist in the caller's tenant, the person works there and is still
// active, and no assignment of the same role is open or ends after $since (history is kept: each
// assignment is its own PLAYS_ROLE with since/until). Otherwise nothing is written and the row
// says why.
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: $stakeholderId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
// Takes the person's write lock before looking for clashes: two concurrent assignments of the
// same role then run one after the other, and the second sees the first.
CALL (p) {
  WITH p WHERE p IS NOT NULL
  SET p.status = p.status
}
CALL (p, a) {
  OPTIONAL MATCH (p)-[r:PLAYS_ROLE {role: $role}]->(a)
  WHERE r.until IS NULL OR r.until > date($since) OR r.since = date($since)
  RETURN collect(r {.since, .until}) AS clashes
}
WITH p, a, clashes, head([(p)-[:WORKS_AT]->(home:Account) | home.id]) AS worksAt
WITH p, a, clashes, worksAt,
     p IS NOT NULL AND a IS NOT NULL AND worksAt = a.id AND p.status = 'ACTIVE' AND size(clashes) = 0 AS ok
CALL (p, a, ok) {
  WITH p, a WHERE ok
  CREATE (p)-[r:PLAYS_ROLE {role: $role, since: date($since)}]->(a)
  SET r.source = $source
}
RETURN
  ok AS written,
  CASE WHEN p IS NULL THEN [{entity: 'Stakeholder', id: $stakeholderId}] ELSE [] END
    + CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END AS notFound,
  worksAt,
  p.status AS status,
  p.departedAt AS departedAt,
  clashes,
  CASE WHEN ok THEN {
    personId: p.id, accountId: a.id, role: $role, since: date($since), until: null, source: $source
  } END AS assignment
