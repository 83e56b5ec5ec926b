// One page of the portfolio's stored whitespace, largest first, ties by account id. Starts from
// the (tenantId, whitespaceValue) index; the page after a cursor starts at its account's value.
// Accounts not scored yet (no value) are not listed; archived ones only with $includeArchived.
OPTIONAL MATCH (c:AccountScore {tenantId: $tenantId, accountId: $afterId})
WITH c
MATCH (s:AccountScore)
USING INDEX SEEK s:AccountScore(tenantId, whitespaceValue)
WHERE s.tenantId = $tenantId AND s.whitespaceValue >= 0
  AND s.whitespaceValue <= coalesce(c.whitespaceValue, 1.0e300)
  AND (c IS NULL OR s.whitespaceValue < c.whitespaceValue OR s.accountId > c.accountId)
  AND ($includeArchived OR s.archived IS NULL OR s.archived = false)
WITH s
ORDER BY s.whitespaceValue DESC, s.accountId
LIMIT toInteger($first) + 1
WITH collect(s {
  .accountId, .whitespaceJson, .whitespaceValue, .computedAt, .asOf, .stale, .staleSince, .configVersion
}) AS rows
CALL () {
  MATCH (t:AccountScore)
  USING INDEX SEEK t:AccountScore(tenantId, whitespaceValue)
  WHERE t.tenantId = $tenantId AND t.whitespaceValue >= 0
    AND ($includeArchived OR t.archived IS NULL OR t.archived = false)
  RETURN count(t) AS total
}
RETURN rows, total
