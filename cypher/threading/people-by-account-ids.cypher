// Everyone ever known at each account (departed people included: a reading as of a past date
// needs them) with their whole role history; the service judges who was there and held what on
// the day asked for.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
MATCH (p:Person)-[:WORKS_AT]->(a)
RETURN accountId, p {
  .id, .name, .title, .seniority, .department, .status, .startedAt, .departedAt,
  accountId: accountId,
  businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
  reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
  roles: [(p)-[r:PLAYS_ROLE]->(a) | {role: r.role, since: r.since, until: r.until}]
} AS person
ORDER BY accountId, person.id
