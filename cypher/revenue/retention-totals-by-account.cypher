// Each of the tenant's accounts in scope (optionally one segment or one account) with its ARR on
// $from and on $to, summed here the way src/scoring/revenue-retention.ts counts a subscription on
// a day (countsOn): started by then, and ACTIVE or renewing after it. What the portfolio's NRR,
// GRR and account list need, one flat row per account instead of every subscription (the
// subscriptions themselves, the evidence, come from subscriptions-for-retention when asked for).
// A subscription whose end is unknown (not ACTIVE, no renewal date) counts on neither day and is
// listed in gaps, as the evidence path reports it. Each account's sums add its subscriptions in id
// order, as the evidence path does. Same scope and index seek as subscriptions-for-retention.
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
WHERE ($segment IS NULL OR a.segment = $segment)
  AND ($accountId IS NULL OR a.id = $accountId)
MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {tenantId: $tenantId})-[:OF_PRODUCT]->(p:Product {tenantId: $tenantId})
WHERE s.startDate <= date($to)
  AND (s.status = 'ACTIVE' OR s.renewalDate IS NULL OR s.renewalDate > date($from))
WITH a, s, p, coalesce(s.status, '') <> 'ACTIVE' AND s.renewalDate IS NULL AS unknownEnd
ORDER BY s.id
WITH a,
  collect(CASE WHEN unknownEnd THEN null ELSE [
    CASE WHEN s.startDate <= date($from) AND (s.status = 'ACTIVE' OR s.renewalDate > date($from))
      THEN coalesce(s.arr, 0) ELSE 0 END,
    CASE WHEN s.status = 'ACTIVE' OR s.renewalDate > date($to) THEN coalesce(s.arr, 0) ELSE 0 END
  ] END) AS counted,
  collect(CASE WHEN unknownEnd THEN s {.id, .status, productName: p.name} END) AS gaps
RETURN a.id AS accountId,
       a.name AS accountName,
       a.segment AS segment,
       reduce(total = 0, arr IN counted | total + arr[0]) AS startingArr,
       reduce(total = 0, arr IN counted | total + arr[1]) AS endingArr,
       gaps
ORDER BY accountId
