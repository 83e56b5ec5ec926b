UNWIND $personIds AS personId
MATCH (r:Person)-[:REPORTS_TO]->(:Person {tenantId: $tenantId, id: personId})
MATCH (r)-[:WORKS_AT]->(a:Account)
RETURN personId, r {
  .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
  accountId: a.id,
  businessUnitId: head([(r)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
  reportsToId: personId
} AS report
ORDER BY report.name, report.id
