// Marks stale the stored scores of the accounts these people work at (influence, roles, people
// edits name people, not accounts). Same bookkeeping as mark-accounts-stale.
UNWIND $personIds AS personId
MATCH (:Person {tenantId: $tenantId, id: personId})-[:WORKS_AT]->(a:Account)
WITH DISTINCT a
MERGE (s:AccountScore {tenantId: $tenantId, accountId: a.id})
  ON CREATE SET s.version = 0, s.stale = true, s.healthRank = 102, s.threadingScore = -1,
    s.churnCount = 0, s.expansionCount = 0
SET s.staleSince = CASE WHEN s.stale AND s.staleSince IS NOT NULL THEN s.staleSince ELSE $now END
SET s.stale = true, s.version = s.version + 1, s.staleCause = $cause,
  s.archived = a.archivedAt IS NOT NULL
RETURN count(s) AS marked
