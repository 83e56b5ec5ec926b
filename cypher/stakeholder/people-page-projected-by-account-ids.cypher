// An account's people page answered as the screen asks for it, in one statement: each person of
// the page (as people-by-account-ids reads them) with only the nested lists the request selects
// ($withRoles, $withInfluences, $withInfluencedBy; a list not asked for is null and costs
// nothing), its other fields only when the page asks for any ($withDetails: its id, name and
// manager always), and the people at the other end (manager, influence) as their id and name. The
// resolver sends it only when the selection below those people asks for nothing more
// (src/graphql/people-projection.ts); anything else reads people-with-links-by-account-ids.
// Current roles are those not ended on $today, newest first; influence is strongest first.
//
// Each person, role and influence is a list in a fixed order, not a map, and dates come as
// `YYYY-MM-DD` strings (what the API answers anyway): half the bytes of maps with their keys
// repeated per row and no date structures to decode; StakeholderRepository.projectedPageByAccounts
// names the positions. The manager is expanded once (its id is the person's reportsToId).
// Measured in docs/performance.md, "Round 5: people page".
//
// The account comes back too, projected exactly as account/accounts-by-ids.cypher does (keep
// them identical), so `account(id) { people { … } }` is one statement.
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
  WITH p, head([(p)-[:REPORTS_TO]->(m:Person) | [m.id, m.name]]) AS manager
  RETURN collect([
    p.id, p.name, manager,
    CASE WHEN $withDetails THEN [
      p.email, p.title, p.seniority, p.department, p.status, toString(p.startedAt), toString(p.departedAt),
      head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id])
    ] END,
    CASE WHEN $withRoles THEN COLLECT {
      MATCH (p)-[r:PLAYS_ROLE]->(ra:Account)
      WHERE r.until IS NULL OR r.until > date($today)
      RETURN [ra.id, r.role, toString(r.since), toString(r.until), r.source]
      ORDER BY r.since DESC
    } END,
    CASE WHEN $withInfluences THEN COLLECT {
      MATCH (p)-[i:INFLUENCES]->(o:Person)
      RETURN [o.id, o.name, i.weight, i.kind, i.source]
      ORDER BY i.weight DESC
    } END,
    CASE WHEN $withInfluencedBy THEN COLLECT {
      MATCH (p)<-[i:INFLUENCES]-(o:Person)
      RETURN [o.id, o.name, i.weight, i.kind, i.source]
      ORDER BY i.weight DESC
    } END
  ]) AS people
}
RETURN accountId, totalCount, people, a {
  .id, .name, .industry, .segment, .region, .employeeCount, .annualRevenue, .website, .customerSince, .archivedAt,
  parentId: head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]),
  arr: arr
} AS account
