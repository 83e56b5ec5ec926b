// NRR/GRR of the tenant's accounts in scope (optionally one segment or one account) and one page
// of its accounts, the largest ARR change first, all summed, classified, sorted and paged here, so
// only the totals and the page's rows leave the database (10,000 accounts: a few KB, not 10,000
// rows). The rules are src/scoring/revenue-retention.ts's, which the service's own path
// (subscriptions-for-retention) still applies in Node and a test holds both equal:
// - a subscription counts on a day (countsOn) when started by then and ACTIVE or renewing after it;
//   one whose end is unknown (not ACTIVE, no renewal date) counts on neither day and is a gap;
// - an account's ARR on a day sums its subscriptions in id order; its movement is NEW / NONE (no
//   ARR at the start), CHURN (none at the end), EXPANSION, CONTRACTION or FLAT;
// - the accounts are sorted once, as the page lists them (|change| descending, then id), while
//   they are still rows: sorting the collected list instead (UNWIND, ORDER BY) would hold the
//   whole list once per row in Neo4j's memory accounting (800 MB at 10,000 accounts, against the
//   transaction memory limit); this way about 24 MB;
// - totals are left folds (reduce) over the accounts in that order, as the Node path adds them,
//   so fractional ARR gives the same floating-point sums; `whole` is the portfolio, the other
//   groups its segments, each with its first account id (the service orders segments by it);
// - the page is the accounts after the cursor ($afterKey: the |change| it carries, $afterId its
//   account), $first + 1 of them to tell whether more follow; with $evidence, the page's accounts'
//   subscriptions (as subscriptions-for-retention gives them) are read too, only theirs.
// Same scope and index seek as subscriptions-for-retention.
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
WITH a, gaps,
  reduce(total = 0, arr IN counted | total + arr[0]) AS startingArr,
  reduce(total = 0, arr IN counted | total + arr[1]) AS endingArr
WITH a, gaps, startingArr, endingArr, endingArr - startingArr AS change
WITH a, gaps, startingArr, endingArr, change,
  CASE
    WHEN startingArr = 0 THEN CASE WHEN endingArr > 0 THEN 'NEW' ELSE 'NONE' END
    WHEN endingArr = 0 THEN 'CHURN'
    WHEN change > 0 THEN 'EXPANSION'
    WHEN change < 0 THEN 'CONTRACTION'
    ELSE 'FLAT'
  END AS movement
ORDER BY abs(change) DESC, a.id
WITH collect({
  accountId: a.id, accountName: a.name, segment: a.segment,
  startingArr: startingArr, endingArr: endingArr, change: change, movement: movement, gaps: gaps
}) AS accounts
CALL (accounts) {
  UNWIND accounts AS r
  WITH r.segment AS segment, collect(r) AS rows
  RETURN collect({segment: segment, rows: rows}) AS segments
}
WITH accounts, [group IN [{whole: true, segment: null, rows: accounts}] + [s IN segments | s {.*, whole: false}] | {
    whole: group.whole,
    segment: group.segment,
    firstAccountId: reduce(first = null, r IN group.rows |
      CASE WHEN first IS NULL OR r.accountId < first THEN r.accountId ELSE first END),
    baseAccounts: size([r IN group.rows WHERE r.startingArr > 0]),
    startingArr: reduce(t = 0, r IN group.rows | t + CASE WHEN r.startingArr > 0 THEN r.startingArr ELSE 0 END),
    expansion: reduce(t = 0, r IN group.rows | t + CASE r.movement WHEN 'EXPANSION' THEN r.change ELSE 0 END),
    contraction: reduce(t = 0, r IN group.rows | t + CASE r.movement WHEN 'CONTRACTION' THEN -r.change ELSE 0 END),
    churn: reduce(t = 0, r IN group.rows | t + CASE r.movement WHEN 'CHURN' THEN r.startingArr ELSE 0 END),
    newArr: reduce(t = 0, r IN group.rows | t + CASE r.movement WHEN 'NEW' THEN r.endingArr ELSE 0 END),
    churnedAccounts: size([r IN group.rows WHERE r.startingArr > 0 AND r.movement = 'CHURN']),
    expandedAccounts: size([r IN group.rows WHERE r.startingArr > 0 AND r.movement = 'EXPANSION']),
    contractedAccounts: size([r IN group.rows WHERE r.startingArr > 0 AND r.movement = 'CONTRACTION'])
  }] AS groups
CALL (accounts) {
  UNWIND [r IN accounts
    WHERE $afterId IS NULL OR abs(r.change) < $afterKey
      OR (abs(r.change) = $afterKey AND r.accountId > $afterId)][0..toInteger($first) + 1] AS r
  CALL (r) {
    WITH r
    WHERE $evidence
    MATCH (a:Account {tenantId: $tenantId, id: r.accountId})-[:HAS_SUBSCRIPTION]->(s:Subscription {tenantId: $tenantId})-[:OF_PRODUCT]->(p:Product {tenantId: $tenantId})
    WHERE s.startDate <= date($to)
      AND (s.status = 'ACTIVE' OR s.renewalDate IS NULL OR s.renewalDate > date($from))
    WITH s, p
    ORDER BY s.id
    RETURN collect(s {
      .id, .arr, .startDate, .renewalDate, .status,
      productId: p.id,
      productName: p.name
    }) AS subscriptions
  }
  RETURN collect(r {
    .accountId, .accountName, .segment, .startingArr, .endingArr, .movement, .change, .gaps,
    subscriptions: subscriptions
  }) AS page
}
RETURN size(accounts) AS totalCount, groups,
  [r IN accounts WHERE size(r.gaps) > 0 | r {.accountId, .gaps}] AS gapsByAccount, page
