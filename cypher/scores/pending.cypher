// The tenant's accounts whose stored scores cannot be served as current: never scored, marked
// stale, computed on an earlier day (scores age) or under another configuration. At most $limit,
// oldest mark first, with the version each was read at.
MATCH (a:Account {tenantId: $tenantId})
OPTIONAL MATCH (s:AccountScore {tenantId: $tenantId, accountId: a.id})
WITH a, s
WHERE s IS NULL OR s.stale OR s.asOf IS NULL OR s.asOf <> $today OR s.configVersion <> $configVersion
RETURN a.id AS accountId, coalesce(s.version, 0) AS version
ORDER BY s.staleSince, accountId
LIMIT toInteger($limit)
