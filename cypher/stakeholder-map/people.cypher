// Everyone known at the account, with the roles they hold on $today.
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
MATCH (p:Person)-[:WORKS_AT]->(a)
RETURN p {
  .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
  accountId: a.id,
  businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
  reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
  roles: [(p)-[r:PLAYS_ROLE]->(a) WHERE r.until IS NULL OR r.until > date($today) | r.role]
} AS person
ORDER BY person.name, person.id
