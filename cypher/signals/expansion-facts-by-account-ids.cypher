// One account's expansion-signal facts in one statement: what usage-by-accounts,
// hiring-by-accounts and people-by-accounts return for it (the same filters, projections and
// order; keep them in step), as three lists of one row per account. For one account's
// opportunities, where three round trips cost more than the reads.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:OF_PRODUCT]->(p:Product)
  WHERE s.startDate <= date($asOf) AND (s.status = 'ACTIVE' OR s.renewalDate > date($asOf))
  OPTIONAL MATCH (s)-[:FOR_UNIT]->(su:BusinessUnit)
  CALL (s) {
    OPTIONAL MATCH (s)-[:HAS_USAGE]->(u:UsageSnapshot)
    WHERE u.date > date($since) AND u.date <= date($asOf)
    OPTIONAL MATCH (u)-[:FOR_UNIT]->(uu:BusinessUnit)
    WITH u, uu
    ORDER BY u.date, u.id
    RETURN collect(u {
      .id, .date, .licensedSeats, .activeSeats, .featuresAdopted, .featuresAvailable,
      businessUnitId: uu.id, businessUnitName: uu.name
    }) AS snapshots
  }
  WITH a, s, p, su, snapshots
  ORDER BY s.id
  RETURN collect({
    accountId: a.id, subscriptionId: s.id, productId: p.id, productName: p.name,
    businessUnitId: su.id, businessUnitName: su.name, seatsLicensed: s.seatsLicensed,
    snapshots: snapshots
  }) AS usage
}
CALL (a) {
  MATCH (a)<-[:WORKS_AT]-(p:Person)
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:BusinessUnit)
  WITH a, u, p,
       p.startedAt <= date($windowStart) AND (p.departedAt IS NULL OR p.departedAt > date($windowStart)) AS atStart,
       p.startedAt > date($windowStart) AND p.startedAt <= date($asOf) AS joined,
       p.departedAt > date($windowStart) AND p.departedAt <= date($asOf) AS left
  ORDER BY p.id
  WITH a, u,
       sum(CASE WHEN atStart THEN 1 ELSE 0 END) AS knownAtStart,
       collect(CASE WHEN joined THEN {personId: p.id, date: p.startedAt} END) AS joined,
       collect(CASE WHEN left THEN {personId: p.id, date: p.departedAt} END) AS left,
       sum(CASE WHEN p.startedAt IS NULL THEN 1 ELSE 0 END) AS withoutStartDate
  ORDER BY u.id
  RETURN collect({accountId: a.id, businessUnitId: u.id, businessUnitName: u.name, knownAtStart: knownAtStart,
                  joined: joined, left: left, withoutStartDate: withoutStartDate}) AS hiring
}
CALL (a) {
  MATCH (a)<-[:WORKS_AT]-(p:Person)
  WITH a, p
  ORDER BY p.id
  RETURN collect(p {
    .id, .name, .title, .seniority, .status, .startedAt, .departedAt,
    accountId: a.id,
    businessUnitId: head([(p)-[:MEMBER_OF]->(u:BusinessUnit) | u.id]),
    reportsToId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
    roles: [(p)-[r:PLAYS_ROLE]->(a) | {role: r.role, since: r.since, until: r.until}]
  }) AS people
}
RETURN accountId, usage, hiring, people
