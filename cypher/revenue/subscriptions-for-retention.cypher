// Every subscription of the tenant's accounts (optionally one segment or one account) that could
// have been active at some point in [$from, $to]: ARR at each end of the period is worked out in
// src/scoring/revenue-retention.ts (each account's subscriptions in id order, so the gaps it
// reports come in the order retention-totals-by-account gives them). Pinned to the account_tenant index, the tenant on every node:
// left to itself, on a small store, the planner may start from every OF_PRODUCT relationship or
// every Subscription in the database.
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
WHERE ($segment IS NULL OR a.segment = $segment)
  AND ($accountId IS NULL OR a.id = $accountId)
MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {tenantId: $tenantId})-[:OF_PRODUCT]->(p:Product {tenantId: $tenantId})
WHERE s.startDate <= date($to)
  AND (s.status = 'ACTIVE' OR s.renewalDate IS NULL OR s.renewalDate > date($from))
WITH a, s, p
ORDER BY s.id
RETURN a.id AS accountId,
       a.name AS accountName,
       a.segment AS segment,
       collect(s {
         .id, .arr, .startDate, .renewalDate, .status,
         productId: p.id,
         productName: p.name
       }) AS subscriptions
ORDER BY accountId
