// One page of the portfolio's stored threading risk, riskiest first, ties by larger ARR then
// account id (threadingScore -1: not scored yet, last). Starts from the (tenantId,
// threadingScore) index; the page after a cursor starts at the cursor's account's score.
// Archived accounts only with $includeArchived (a filter on the index's rows).
OPTIONAL MATCH (c:AccountScore {tenantId: $tenantId, accountId: $afterId})
WITH c
MATCH (s:AccountScore)
USING INDEX SEEK s:AccountScore(tenantId, threadingScore)
WHERE s.tenantId = $tenantId AND s.threadingScore <= coalesce(c.threadingScore, 1000)
  AND (c IS NULL OR s.threadingScore < c.threadingScore
    OR coalesce(s.arr, 0) < coalesce(c.arr, 0)
    OR (coalesce(s.arr, 0) = coalesce(c.arr, 0) AND s.accountId > c.accountId))
  AND ($includeArchived OR s.archived IS NULL OR s.archived = false)
WITH s
ORDER BY s.threadingScore DESC, coalesce(s.arr, 0) DESC, s.accountId
LIMIT toInteger($first) + 1
RETURN collect(s {
  .accountId, .threadingJson, .threadingScore, .arr, .riskWeightedArr, .computedAt, .asOf, .stale,
  .staleSince, .configVersion
}) AS rows
