// An account's people page answered as the screen asks for it, in one statement: each person of
// the page (as people-by-account-ids reads them) with only the nested lists the request selects
// ($withRoles, $withManager, $withInfluences, $withInfluencedBy; a list not asked for is null
// and costs nothing), and the people at the other end (manager, influence) as their id and name
// only: half of this statement's time went to their other fields. The resolver sends it only
// when the selection below those people asks for nothing more (src/graphql/people-projection.ts);
// anything else reads people-with-links-by-account-ids. Current roles are those not ended on
// $today, newest first; influence is strongest first. The account comes back too, projected
// exactly as account/accounts-by-ids.cypher does (keep them identical), so
// `account(id) { people { … } }` is one statement.
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
  RETURN collect(p {
    .id, .name, .email, .title, .seniority, .department, .status, .startedAt, .departedAt,
    accountId: a.id,
    businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
    reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
    manager: CASE WHEN $withManager THEN head([(p)-[:REPORTS_TO]->(m:Person) | m {.id, .name}]) END,
    roles: CASE WHEN $withRoles THEN COLLECT {
      MATCH (p)-[r:PLAYS_ROLE]->(ra:Account)
      WHERE r.until IS NULL OR r.until > date($today)
      RETURN {personId: p.id, accountId: ra.id, role: r.role, since: r.since, until: r.until, source: r.source}
      ORDER BY r.since DESC
    } END,
    influences: CASE WHEN $withInfluences THEN COLLECT {
      MATCH (p)-[i:INFLUENCES]->(o:Person)
      RETURN {
        fromPersonId: p.id, toPersonId: o.id, weight: i.weight, kind: i.kind, source: i.source,
        to: o {.id, .name}
      }
      ORDER BY i.weight DESC
    } END,
    influencedBy: CASE WHEN $withInfluencedBy THEN COLLECT {
      MATCH (p)<-[i:INFLUENCES]-(o:Person)
      RETURN {
        fromPersonId: o.id, toPersonId: p.id, weight: i.weight, kind: i.kind, source: i.source,
        from: o {.id, .name}
      }
      ORDER BY i.weight DESC
    } END
  }) AS people
}
RETURN accountId, totalCount, people, a {
  .id, .name, .industry, .segment, .region, .employeeCount, .annualRevenue, .website, .customerSince, .archivedAt,
  parentId: head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]),
  arr: arr
} AS account
