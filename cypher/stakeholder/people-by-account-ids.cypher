// A page of each account's people, ordered by name; the cursor is ($afterName, $afterId).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
CALL (a) {
  MATCH (p:Person)-[:WORKS_AT]->(a)
  WHERE ($status IS NULL OR p.status = $status) AND ($seniority IS NULL OR p.seniority = $seniority)
  RETURN count(p) AS totalCount
}
CALL (a) {
  MATCH (p:Person)-[:WORKS_AT]->(a)
  WHERE ($status IS NULL OR p.status = $status) AND ($seniority IS NULL OR p.seniority = $seniority)
    AND ($afterId IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
  WITH p ORDER BY p.name, p.id LIMIT toInteger($limit)
  RETURN collect(p {
    .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
    accountId: a.id,
    businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
    reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id])
  }) AS people
}
RETURN accountId, totalCount, people
