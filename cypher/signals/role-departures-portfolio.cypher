// role-departures-by-accounts.cypher across the tenant, from the person_tenant_status index
// (departed people are few).
MATCH (p:Person {tenantId: $tenantId, status: 'DEPARTED'})
USING INDEX p:Person(tenantId, status)
WHERE p.departedAt IS NULL OR p.departedAt <= date($asOf)
MATCH (p)-[r:PLAYS_ROLE]->(a:Account)
WHERE r.role IN $roles
  AND r.until IS NOT NULL AND r.until <= date($asOf) AND r.until >= date($since)
RETURN {
  accountId: a.id, role: r.role, personId: p.id, name: p.name, title: p.title,
  since: r.since, until: r.until, departedAt: p.departedAt,
  managerId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
  currentHolders: [(h:Person)-[hr:PLAYS_ROLE]->(a)
    WHERE hr.role = r.role AND hr.since <= date($asOf) AND (hr.until IS NULL OR hr.until > date($asOf))
    | {personId: h.id, name: h.name, since: hr.since}]
} AS departure
ORDER BY departure.accountId, departure.until, departure.personId
