// Everyone known at the accounts, with unit, manager and full role history: the pool a
// finding's stakeholders are picked from.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})<-[:WORKS_AT]-(p:Person)
USING INDEX SEEK a:Account(tenantId, id)
RETURN p {
  .id, .name, .title, .seniority, .status, .startedAt, .departedAt,
  accountId: a.id,
  businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
  reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
  roles: [(p)-[r:PLAYS_ROLE]->(a) | {role: r.role, since: r.since, until: r.until}]
} AS person
ORDER BY person.accountId, person.id
