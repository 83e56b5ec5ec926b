// The background worker's queue across tenants: stale stored scores, oldest mark first, with the
// version each was read at. Starts from the account_score_stale index. System query: the worker
// serves every tenant, and scores each account under its own tenant.
MATCH (s:AccountScore)
USING INDEX s:AccountScore(stale)
WHERE s.stale = true
RETURN s.tenantId AS tenantId, s.accountId AS accountId, s.version AS version
ORDER BY s.staleSince, tenantId, accountId
LIMIT toInteger($limit)
