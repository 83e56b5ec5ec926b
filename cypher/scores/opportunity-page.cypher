// One page of the portfolio's stored expansion opportunities of every status, largest first, then
// ready before qualified before observations, then by id (the live ranking's order). Starts from
// the (tenantId, sizeRank) index; the page after a cursor starts at its opportunity's size.
// Archived accounts' opportunities only with $includeArchived. Each row comes with its account's
// score stamp (how fresh it is), looked up for the page's rows only (the caller keeps the order).
OPTIONAL MATCH (c:OpportunityScore {tenantId: $tenantId, id: $afterId})
WITH c
MATCH (o:OpportunityScore)
USING INDEX SEEK o:OpportunityScore(tenantId, sizeRank)
WHERE o.tenantId = $tenantId AND o.sizeRank >= -1
  AND o.sizeRank <= coalesce(c.sizeRank, 1.0e300)
  AND (c IS NULL OR o.sizeRank < c.sizeRank
    OR (o.sizeRank = c.sizeRank AND (o.statusOrder > c.statusOrder
      OR (o.statusOrder = c.statusOrder AND o.id > c.id))))
  AND ($includeArchived OR o.archived IS NULL OR o.archived = false)
WITH o
ORDER BY o.sizeRank DESC, o.statusOrder, o.id
LIMIT toInteger($first) + 1
OPTIONAL MATCH (s:AccountScore {tenantId: $tenantId, accountId: o.accountId})
WITH collect({
  id: o.id, accountId: o.accountId, sizeRank: o.sizeRank, statusOrder: o.statusOrder, json: o.json, computedAt: s.computedAt,
  asOf: s.asOf, stale: coalesce(s.stale, true), staleSince: s.staleSince, configVersion: s.configVersion
}) AS rows
CALL () {
  MATCH (t:OpportunityScore)
  USING INDEX SEEK t:OpportunityScore(tenantId, sizeRank)
  WHERE t.tenantId = $tenantId AND t.sizeRank >= -1
    AND ($includeArchived OR t.archived IS NULL OR t.archived = false)
  RETURN count(t) AS total
}
RETURN rows, total
