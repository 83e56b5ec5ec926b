// One page of the accounts with stored expansion signals, most first, ties by account id. Starts
// from the (tenantId, expansionCount) index; the page after a cursor starts at its account's count.
// Archived accounts only with $includeArchived (a filter on the index's rows).
// expansionJson is the full explanation with $explained, else the compact summary stored beside
// it (no evidence lists), a fraction of the bytes to send and parse; rows stored before the
// summary existed fall back to the full one.
OPTIONAL MATCH (c:AccountScore {tenantId: $tenantId, accountId: $afterId})
WITH c
MATCH (s:AccountScore)
USING INDEX SEEK s:AccountScore(tenantId, expansionCount)
WHERE s.tenantId = $tenantId AND s.expansionCount > 0
  AND s.expansionCount <= coalesce(c.expansionCount, 1000000)
  AND (c IS NULL OR s.expansionCount < c.expansionCount OR s.accountId > c.accountId)
  AND ($includeArchived OR s.archived IS NULL OR s.archived = false)
WITH s
ORDER BY s.expansionCount DESC, s.accountId
LIMIT toInteger($first) + 1
WITH collect(s {
  .accountId, .expansionCount, .computedAt, .asOf, .stale, .staleSince, .configVersion,
  expansionJson: CASE WHEN $explained THEN s.expansionJson ELSE coalesce(s.expansionSummaryJson, s.expansionJson) END
}) AS rows
CALL () {
  MATCH (t:AccountScore)
  USING INDEX SEEK t:AccountScore(tenantId, expansionCount)
  WHERE t.tenantId = $tenantId AND t.expansionCount > 0
    AND ($includeArchived OR t.archived IS NULL OR t.archived = false)
  RETURN count(t) AS total
}
RETURN rows, total
