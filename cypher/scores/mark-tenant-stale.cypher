// Marks every account of a tenant stale, $limit at a time (an import touches them all); the
// caller repeats until a call marks fewer than $limit. Accounts already stale since $now or later
// are skipped, so each round moves on.
MATCH (a:Account {tenantId: $tenantId})
OPTIONAL MATCH (s:AccountScore {tenantId: $tenantId, accountId: a.id})
WITH a, s
WHERE s IS NULL OR NOT s.stale OR s.staleCause <> $cause OR s.staleSince < $now
WITH a LIMIT toInteger($limit)
MERGE (s:AccountScore {tenantId: $tenantId, accountId: a.id})
  ON CREATE SET s.version = 0, s.stale = true, s.healthRank = 102, s.threadingScore = -1,
    s.churnCount = 0, s.expansionCount = 0
SET s.staleSince = $now
SET s.stale = true, s.version = s.version + 1, s.staleCause = $cause,
  s.archived = a.archivedAt IS NOT NULL
RETURN count(s) AS marked
