// Marks accounts' stored scores stale: an input of theirs changed. Creates the score node of an
// account never scored. `version` counts the changes, so a worker that read an account's inputs
// before a later change does not clear the later change's mark (see write-scores). staleSince
// keeps the first unanswered change: how long the oldest mark has waited.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
MERGE (s:AccountScore {tenantId: $tenantId, accountId: a.id})
  ON CREATE SET s.version = 0, s.stale = true, s.healthRank = 102, s.threadingScore = -1,
    s.churnCount = 0, s.expansionCount = 0
SET s.staleSince = CASE WHEN s.stale AND s.staleSince IS NOT NULL THEN s.staleSince ELSE $now END
SET s.stale = true, s.version = s.version + 1, s.staleCause = $cause,
  s.archived = a.archivedAt IS NOT NULL
RETURN count(s) AS marked
