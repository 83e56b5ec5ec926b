// One tenant's stale accounts, oldest mark first, with the version each was read at: the worker's
// queue when it is asked to work on one tenant.
MATCH (s:AccountScore {tenantId: $tenantId})
USING INDEX s:AccountScore(tenantId, stale)
WHERE s.stale = true
RETURN s.accountId AS accountId, s.version AS version
ORDER BY s.staleSince, accountId
LIMIT toInteger($limit)
