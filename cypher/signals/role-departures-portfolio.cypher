// role-departures-by-accounts.cypher across the tenant, from the person_tenant_status index
// (departed people are few).
MATCH (p:Person {tenantId: $tenantId, status: 'DEPARTED'})
USING INDEX SEEK p:Person(tenantId, status)
WHERE p.departedAt IS NULL OR p.departedAt <= date($asOf)
MATCH (p)-[r:PLAYS_ROLE]->(a:Account)
WHERE r.role IN $roles
  AND r.until IS NOT NULL AND r.until <= date($asOf) AND r.until >= date($since)
// currentHolders are filtered after expanding from the account: a predicate on hr.role inside the
// pattern lets the planner seek the plays_role_role index instead, which holds every tenant's.
RETURN {
  accountId: a.id, role: r.role, personId: p.id, name: p.name, title: p.title,
  since: r.since, until: r.until, departedAt: p.departedAt,
  managerId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
  currentHolders: [holder IN [(h:Person)-[hr:PLAYS_ROLE]->(a) | hr {personId: h.id, name: h.name, .role, .since, .until}]
    WHERE holder.role = r.role AND holder.since <= date($asOf) AND (holder.until IS NULL OR holder.until > date($asOf))
    | {personId: holder.personId, name: holder.name, since: holder.since}]
} AS departure
ORDER BY departure.accountId, departure.until, departure.personId
