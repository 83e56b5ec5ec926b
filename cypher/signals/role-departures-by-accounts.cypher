// Assignments of $roles that ended from $since up to $asOf because their holder left (status
// DEPARTED, gone by $asOf), with who holds the same role on $asOf.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})<-[r:PLAYS_ROLE]-(p:Person)
WHERE r.role IN $roles
  AND r.until IS NOT NULL AND r.until <= date($asOf) AND r.until >= date($since)
  AND p.status = 'DEPARTED' AND (p.departedAt IS NULL OR p.departedAt <= date($asOf))
RETURN {
  accountId: a.id, role: r.role, personId: p.id, name: p.name, title: p.title,
  since: r.since, until: r.until, departedAt: p.departedAt,
  managerId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
  currentHolders: [(h:Person)-[hr:PLAYS_ROLE]->(a)
    WHERE hr.role = r.role AND hr.since <= date($asOf) AND (hr.until IS NULL OR hr.until > date($asOf))
    | {personId: h.id, name: h.name, since: hr.since}]
} AS departure
ORDER BY departure.accountId, departure.until, departure.personId
