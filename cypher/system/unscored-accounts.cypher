// Accounts without a stored score node (written before stored scores existed, or by a writer that
// does not mark): each gets one, stale, $limit at a time (the caller repeats while a round marks
// $limit). System query: the worker's start-up and daily pass cover every tenant.
MATCH (a:Account)
WHERE NOT EXISTS { MATCH (:AccountScore {tenantId: a.tenantId, accountId: a.id}) }
WITH a LIMIT toInteger($limit)
MERGE (s:AccountScore {tenantId: a.tenantId, accountId: a.id})
  ON CREATE SET s.version = 1, s.stale = true, s.healthRank = 102, s.threadingScore = -1,
    s.churnCount = 0, s.expansionCount = 0, s.staleSince = $now, s.staleCause = 'UNSCORED',
    s.archived = a.archivedAt IS NOT NULL
RETURN count(s) AS marked
