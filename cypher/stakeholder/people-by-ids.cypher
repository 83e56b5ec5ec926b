UNWIND $ids AS id
MATCH (p:Person {tenantId: $tenantId, id: id})-[:WORKS_AT]->(a:Account)
RETURN p {
  .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
  accountId: a.id,
  businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
  reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id])
} AS person
