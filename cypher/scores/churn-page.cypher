// One page of the accounts with stored churn indicators, most first, ties by account id. Starts
// from the (tenantId, churnCount) index; the page after a cursor starts at its account's count.
// Archived accounts only with $includeArchived (a filter on the index's rows).
// churnJson is the full explanation with $explained, else the compact summary stored beside it
// (no evidence lists), a fraction of the bytes to send and parse; rows stored before the summary
// existed fall back to the full one.
OPTIONAL MATCH (c:AccountScore {tenantId: $tenantId, accountId: $afterId})
WITH c
MATCH (s:AccountScore)
USING INDEX SEEK s:AccountScore(tenantId, churnCount)
WHERE s.tenantId = $tenantId AND s.churnCount > 0 AND s.churnCount <= coalesce(c.churnCount, 1000000)
  AND (c IS NULL OR s.churnCount < c.churnCount OR s.accountId > c.accountId)
  AND ($includeArchived OR s.archived IS NULL OR s.archived = false)
WITH s
ORDER BY s.churnCount DESC, s.accountId
LIMIT toInteger($first) + 1
WITH collect(s {
  .accountId, .churnCount, .computedAt, .asOf, .stale, .staleSince, .configVersion,
  churnJson: CASE WHEN $explained THEN s.churnJson ELSE coalesce(s.churnSummaryJson, s.churnJson) END
}) AS rows
CALL () {
  MATCH (t:AccountScore)
  USING INDEX SEEK t:AccountScore(tenantId, churnCount)
  WHERE t.tenantId = $tenantId AND t.churnCount > 0
    AND ($includeArchived OR t.archived IS NULL OR t.archived = false)
  RETURN count(t) AS total
}
RETURN rows, total
