UNWIND $rows AS row
MATCH (s:Subscription {tenantId: $tenantId, id: row.subscriptionId})
MERGE (u:UsageSnapshot {tenantId: $tenantId, id: row.id})
SET u.date = date(row.date),
    u.licensedSeats = row.licensedSeats,
    u.activeSeats = row.activeSeats,
    u.featuresAdopted = row.featuresAdopted,
    u.featuresAvailable = row.featuresAvailable
MERGE (s)-[:HAS_USAGE]->(u)
WITH u, row
CALL (u, row) {
  MATCH (b:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
  MERGE (u)-[:FOR_UNIT]->(b)
}
