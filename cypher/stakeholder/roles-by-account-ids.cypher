UNWIND $accountIds AS accountId
MATCH (p:Person)-[r:PLAYS_ROLE]->(:Account {tenantId: $tenantId, id: accountId})
WHERE $includeEnded OR r.until IS NULL OR r.until > date($today)
RETURN {personId: p.id, accountId: accountId, role: r.role, since: r.since, until: r.until, source: r.source} AS assignment
ORDER BY assignment.role, assignment.since DESC
