// The portfolio's usage snapshots after $since up to $asOf, grouped by subscription in force on
// $asOf (same shape as usage-by-accounts.cypher). Starts from the usage_snapshot_tenant_date index.
MATCH (u:UsageSnapshot {tenantId: $tenantId})
USING INDEX SEEK u:UsageSnapshot(tenantId, date)
WHERE u.date > date($since) AND u.date <= date($asOf)
// The tenant on every node: otherwise, on a small store, the planner may scan a whole label's index
// (Account, Product, BusinessUnit) and join.
MATCH (a:Account {tenantId: $tenantId})-[:HAS_SUBSCRIPTION]->(s:Subscription {tenantId: $tenantId})-[:HAS_USAGE]->(u)
WHERE s.startDate <= date($asOf) AND (s.status = 'ACTIVE' OR s.renewalDate > date($asOf))
OPTIONAL MATCH (u)-[:FOR_UNIT]->(uu:BusinessUnit {tenantId: $tenantId})
WITH a, s, u, uu
ORDER BY u.date, u.id
WITH a, s, collect(u {
  .id, .date, .licensedSeats, .activeSeats, .featuresAdopted, .featuresAvailable,
  businessUnitId: uu.id, businessUnitName: uu.name
}) AS snapshots
MATCH (s)-[:OF_PRODUCT]->(p:Product {tenantId: $tenantId})
OPTIONAL MATCH (s)-[:FOR_UNIT]->(su:BusinessUnit {tenantId: $tenantId})
RETURN {
  accountId: a.id, subscriptionId: s.id, productId: p.id, productName: p.name,
  businessUnitId: su.id, businessUnitName: su.name, seatsLicensed: s.seatsLicensed,
  snapshots: snapshots
} AS usage
ORDER BY usage.accountId, usage.subscriptionId
