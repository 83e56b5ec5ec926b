// Subscriptions in force on $asOf (started, and active or not yet ended) with their usage
// snapshots after $since up to $asOf, oldest first; each snapshot names the unit it measured.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:OF_PRODUCT]->(p:Product)
WHERE s.startDate <= date($asOf) AND (s.status = 'ACTIVE' OR s.renewalDate > date($asOf))
OPTIONAL MATCH (s)-[:FOR_UNIT]->(su:BusinessUnit)
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_USAGE]->(u:UsageSnapshot)
  WHERE u.date > date($since) AND u.date <= date($asOf)
  OPTIONAL MATCH (u)-[:FOR_UNIT]->(uu:BusinessUnit)
  WITH u, uu
  ORDER BY u.date, u.id
  RETURN collect(u {
    .id, .date, .licensedSeats, .activeSeats, .featuresAdopted, .featuresAvailable,
    businessUnitId: uu.id, businessUnitName: uu.name
  }) AS snapshots
}
RETURN {
  accountId: a.id, subscriptionId: s.id, productId: p.id, productName: p.name,
  businessUnitId: su.id, businessUnitName: su.name, seatsLicensed: s.seatsLicensed,
  snapshots: snapshots
} AS usage
ORDER BY usage.accountId, usage.subscriptionId
