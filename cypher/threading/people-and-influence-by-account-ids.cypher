// What people-by-account-ids and influence-by-account-ids return for each account, in one
// statement (one account's reads: its plan, health, calendar, threading), as two lists of one row
// per account: everyone ever known there with their whole role history, and the influence between
// them, whatever their status. The same projections and order; keep them in step.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a, accountId) {
  MATCH (p:Person)-[:WORKS_AT]->(a)
  WITH a, accountId, p
  ORDER BY p.id
  RETURN collect(p {
    .id, .name, .title, .seniority, .department, .status, .startedAt, .departedAt,
    accountId: accountId,
    businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
    reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
    roles: [(p)-[r:PLAYS_ROLE]->(a) | {role: r.role, since: r.since, until: r.until}]
  }) AS people
}
CALL (a) {
  MATCH (from:Person)-[:WORKS_AT]->(a)
  MATCH (from)-[i:INFLUENCES]->(to:Person)-[:WORKS_AT]->(a)
  WITH from, to, i
  ORDER BY from.id, to.id
  RETURN collect({fromPersonId: from.id, toPersonId: to.id, weight: i.weight, kind: i.kind}) AS influence
}
RETURN accountId, people, influence
