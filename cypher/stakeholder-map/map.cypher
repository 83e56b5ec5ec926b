// The whole stakeholder map of one account in one statement (one round trip whatever its size):
// the account, everyone known there with the roles they hold on $today, influence among them,
// our team's coverage, and our team's contact with each person since $since (how often, how
// recently, how much of it two-way: anything but our own one-way outreach). No row: no account.
// People come with what a map node shows only (no e-mail, no dates): every value returned is
// decoded and converted on each request. The last interaction goes out as epoch milliseconds, not
// a datetime: the driver decodes each datetime with its 64-bit Integer arithmetic (some 50 KB of
// garbage per value, ~11 MB per map of 200 relationships), an integer it decodes as one object
// (docs/performance.md, "Round 8: the map against the raw driver").
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {status: 'ACTIVE'})
  RETURN coalesce(sum(s.arr), 0) AS arr
}
CALL (a) {
  MATCH (p:Person)-[:WORKS_AT]->(a)
  WITH p ORDER BY p.name, p.id
  RETURN collect(p {
    .id, .name, .title, .seniority, .department, .status,
    businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
    reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
    roles: [(p)-[r:PLAYS_ROLE]->(a) WHERE r.until IS NULL OR r.until > date($today) | r.role]
  }) AS people
}
CALL (a) {
  MATCH (from:Person)-[:WORKS_AT]->(a)
  MATCH (from)-[i:INFLUENCES]->(to:Person)-[:WORKS_AT]->(a)
  RETURN collect({fromPersonId: from.id, toPersonId: to.id, weight: i.weight, kind: i.kind, source: i.source})
    AS influence
}
CALL (a) {
  MATCH (t:TeamMember)-[c:COVERS]->(a)
  WITH t, c ORDER BY c.role
  RETURN collect({
    accountId: a.id,
    role: c.role,
    since: c.since,
    teamMember: t {.id, .name, .email, .title, managerId: head([(t)-[:REPORTS_TO]->(m:TeamMember) | m.id])}
  }) AS coverage
}
CALL (a) {
  MATCH (i:Interaction)-[:WITH_ACCOUNT]->(a)
  WHERE i.occurredAt >= datetime($since)
  MATCH (t:TeamMember)-[:PARTICIPATED_IN]->(i)<-[:PARTICIPATED_IN]-(p:Person)
  WITH t, p,
       count(i) AS interactionCount,
       sum(CASE WHEN i.direction = 'OUTBOUND' THEN 0 ELSE 1 END) AS twoWayCount,
       max(i.occurredAt) AS lastInteractionAt
  ORDER BY t.id, p.id
  RETURN collect({
    teamMemberId: t.id,
    teamMemberName: t.name,
    teamMemberTitle: t.title,
    personId: p.id,
    interactionCount: interactionCount,
    twoWayCount: twoWayCount,
    lastInteractionAtMs: lastInteractionAt.epochMillis
  }) AS relationships
}
RETURN a {
  .id, .name, .industry, .segment, .region, .employeeCount, .annualRevenue, .website, .customerSince,
  parentId: head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]),
  arr: arr
} AS account, people, influence, coverage, relationships
