// The portfolio's ARR at stake from its stored threading risk, per level (null: not scored yet),
// with how many scores are stale and the oldest computation. One pass over the tenant's scores;
// archived accounts only with $includeArchived.
MATCH (s:AccountScore)
USING INDEX SEEK s:AccountScore(tenantId, threadingScore)
WHERE s.tenantId = $tenantId AND s.threadingScore >= -1
  AND ($includeArchived OR s.archived IS NULL OR s.archived = false)
RETURN
  s.threadingLevel AS level,
  count(s) AS accounts,
  sum(coalesce(s.arr, 0)) AS arr,
  sum(coalesce(s.riskWeightedArr, 0)) AS riskWeightedArr,
  sum(CASE WHEN s.stale THEN 1 ELSE 0 END) AS stale,
  min(s.computedAt) AS oldestComputedAt
