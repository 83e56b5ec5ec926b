// Ends a held role in one statement, so in one write transaction: sets `until` on the open
// assignment of that role (the history stays). Written only when the person and the account
// exist in the caller's tenant, the role is open and it began on or before $until.
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: $stakeholderId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
CALL (p, a) {
  OPTIONAL MATCH (p)-[r:PLAYS_ROLE {role: $role}]->(a)
  RETURN [x IN collect(r) WHERE x.until IS NULL] AS open, max(r.until) AS lastEnded
}
WITH p, a, open, lastEnded,
     p IS NOT NULL AND a IS NOT NULL AND size(open) > 0
       AND all(r IN open WHERE r.since <= date($until)) AS ok
CALL (open, ok) {
  WITH open WHERE ok
  UNWIND open AS r
  SET r.until = date($until)
}
RETURN
  ok AS written,
  CASE WHEN p IS NULL THEN [{entity: 'Stakeholder', id: $stakeholderId}] ELSE [] END
    + CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END AS notFound,
  [r IN open | r.since] AS openSince,
  lastEnded,
  CASE WHEN ok THEN [r IN open | {
    personId: p.id, accountId: a.id, role: r.role, since: r.since, until: r.until, source: r.source
  }] ELSE [] END AS ended
