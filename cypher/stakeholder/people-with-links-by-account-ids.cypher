// The people page of stakeholder/people-by-account-ids with what the screen shows next to each
// person read in the same statement: current roles (on $today, newest first), influence both
// ways (strongest first) with the person at the other end, and the direct manager. Used when the
// request selects those fields, so a page costs one round trip whatever its size. The account
// itself comes back too, projected exactly as account/accounts-by-ids.cypher does (keep them
// identical), so `account(id) { people { … } }` is one statement.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {status: 'ACTIVE'})
  RETURN coalesce(sum(s.arr), 0) AS arr
}
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
  RETURN collect({
    person: p {
      .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
      accountId: a.id,
      businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
      reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id])
    },
    roles: COLLECT {
      MATCH (p)-[r:PLAYS_ROLE]->(ra:Account)
      WHERE r.until IS NULL OR r.until > date($today)
      RETURN {personId: p.id, accountId: ra.id, role: r.role, since: r.since, until: r.until, source: r.source} AS role
      ORDER BY r.since DESC
    },
    influence: COLLECT {
      MATCH (p)-[i:INFLUENCES]-(:Person)
      RETURN {
        fromPersonId: startNode(i).id, toPersonId: endNode(i).id, weight: i.weight, kind: i.kind, source: i.source
      } AS influence
      ORDER BY i.weight DESC
    },
    related: COLLECT {
      MATCH (p)-[:REPORTS_TO|INFLUENCES]-(o:Person)-[:WORKS_AT]->(oa:Account)
      WHERE (p)-[:REPORTS_TO]->(o) OR (p)-[:INFLUENCES]-(o)
      RETURN DISTINCT o {
        .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
        accountId: oa.id,
        businessUnitId: head([(o)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
        reportsToId: head([(o)-[:REPORTS_TO]->(m:Person) | m.id])
      } AS other
    }
  }) AS people
}
RETURN accountId, totalCount, people, a {
  .id, .name, .industry, .segment, .region, .employeeCount, .annualRevenue, .website, .customerSince, .archivedAt,
  parentId: head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]),
  arr: arr
} AS account
