// $includeEnded false keeps only roles still held on $today.
UNWIND $personIds AS personId
MATCH (:Person {tenantId: $tenantId, id: personId})-[r:PLAYS_ROLE]->(a:Account)
WHERE $includeEnded OR r.until IS NULL OR r.until > date($today)
RETURN {personId: personId, accountId: a.id, role: r.role, since: r.since, until: r.until, source: r.source} AS assignment
ORDER BY assignment.since DESC
