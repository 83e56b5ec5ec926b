// One page of the portfolio's stored health, worst first (healthRank: the score, 101 when it
// could not be scored, 102 before the first scoring), ties by account id, optionally of one band.
// Starts from the (tenantId, healthRank) index, which also gives the order; the page after a
// cursor starts at the cursor's account's rank. totalCount counts the tenant's scores.
// Archived accounts (archived, kept by archive-account and write-scores) only with $includeArchived:
// a filter on the rows the index gives, so the seek and its order stay.
// healthJson is the full explanation with $explained, else the compact summary stored beside it
// (no components' inputs or evidence), a fraction of the bytes to send and parse.
OPTIONAL MATCH (c:AccountScore {tenantId: $tenantId, accountId: $afterId})
WITH c
MATCH (s:AccountScore)
USING INDEX SEEK s:AccountScore(tenantId, healthRank)
WHERE s.tenantId = $tenantId AND s.healthRank >= coalesce(c.healthRank, -1)
  AND ($band IS NULL OR s.healthBand = $band)
  AND ($includeArchived OR s.archived IS NULL OR s.archived = false)
  AND (c IS NULL OR s.healthRank > c.healthRank OR s.accountId > c.accountId)
WITH s
ORDER BY s.healthRank, s.accountId
LIMIT toInteger($first) + 1
WITH collect(s {
  .accountId, .healthRank, .computedAt, .asOf, .stale, .staleSince, .configVersion,
  healthJson: CASE WHEN $explained THEN s.healthJson ELSE coalesce(s.healthSummaryJson, s.healthJson) END
}) AS rows
CALL () {
  MATCH (t:AccountScore)
  USING INDEX SEEK t:AccountScore(tenantId, healthRank)
  WHERE t.tenantId = $tenantId AND t.healthRank >= -1 AND ($band IS NULL OR t.healthBand = $band)
    AND ($includeArchived OR t.archived IS NULL OR t.archived = false)
  RETURN count(t) AS total
}
RETURN rows, total
