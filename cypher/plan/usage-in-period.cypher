// Every subscription of one account that was in force at some point of [$from, $to] (started by
// $to, and still active or ended after $from), with its usage snapshots dated in [$from, $to],
// oldest first: what the executive briefing measures the value delivered by.
MATCH (a:Account {tenantId: $tenantId, id: $accountId})-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:OF_PRODUCT]->(p:Product)
WHERE s.startDate <= date($to) AND (s.status = 'ACTIVE' OR s.renewalDate >= date($from))
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_USAGE]->(u:UsageSnapshot)
  WHERE u.date >= date($from) AND u.date <= date($to)
  WITH u
  ORDER BY u.date, u.id
  RETURN collect(u {.id, .date, .licensedSeats, .activeSeats, .featuresAdopted, .featuresAvailable}) AS snapshots
}
RETURN s {
         .id, .status, .arr, .seatsLicensed, .startDate, .renewalDate,
         productId: p.id, productName: p.name, snapshots: snapshots
       } AS subscription
ORDER BY subscription.productName, subscription.id
