// One page of a tenant's accounts, filtered and sorted, with the total before paging.
// $sortField comes from the AccountSortField enum; the cursor is ($afterKey, $afterId).
// Archived accounts (archiveAccount) are left out unless $includeArchived.
MATCH (a:Account {tenantId: $tenantId})
WHERE ($includeArchived OR a.archivedAt IS NULL)
  AND ($industry IS NULL OR a.industry = $industry)
  AND ($segment IS NULL OR a.segment = $segment)
  AND ($region IS NULL OR a.region = $region)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
  AND ($parentId IS NULL OR EXISTS { (a)-[:SUBSIDIARY_OF]->(parent:Account) WHERE parent.id = $parentId })
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {status: 'ACTIVE'})
  RETURN coalesce(sum(s.arr), 0) AS arr
}
WITH a, arr,
     CASE $sortField
       WHEN 'NAME' THEN toLower(a.name)
       WHEN 'ARR' THEN arr
       WHEN 'EMPLOYEE_COUNT' THEN coalesce(a.employeeCount, -1)
       WHEN 'ANNUAL_REVENUE' THEN coalesce(a.annualRevenue, -1)
       WHEN 'CUSTOMER_SINCE' THEN coalesce(toString(a.customerSince), '')
     END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
         CASE WHEN $descending THEN sortKey ELSE null END DESC,
         a.id ASC
WITH collect({
  sortKey: sortKey,
  account: a {
    .id, .name, .industry, .segment, .region, .employeeCount, .annualRevenue, .website, .customerSince, .archivedAt,
    parentId: head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]),
    arr: arr
  }
}) AS ordered
WITH size(ordered) AS totalCount,
     [row IN ordered WHERE $afterId IS NULL
       OR (NOT $descending AND (row.sortKey > $afterKey OR (row.sortKey = $afterKey AND row.account.id > $afterId)))
       OR ($descending AND (row.sortKey < $afterKey OR (row.sortKey = $afterKey AND row.account.id > $afterId)))
     ] AS rest
RETURN totalCount, rest[0..toInteger($limit)] AS page
