// extras/usage-snapshots.csv -> Subscription -HAS_USAGE-> UsageSnapshot -FOR_UNIT-> BusinessUnit,
// as write/upsert-usage-snapshots.
LOAD CSV WITH HEADERS FROM 'file:///extras/usage-snapshots.csv' AS row
CALL (row) {
  MATCH (s:Subscription {tenantId: $tenantId, id: row.subscription_id})
  MERGE (u:UsageSnapshot {tenantId: $tenantId, id: row.snapshot_id})
  SET u.date = date(row.month),
      u.licensedSeats = toInteger(row.licensed_seats),
      u.activeSeats = toInteger(row.active_seats),
      u.featuresAdopted = toInteger(row.features_adopted),
      u.featuresAvailable = toInteger(row.features_available)
  MERGE (s)-[:HAS_USAGE]->(u)
  WITH u, row
  CALL (u, row) {
    MATCH (b:BusinessUnit {tenantId: $tenantId, id: row.business_unit_id})
    MERGE (u)-[:FOR_UNIT]->(b)
  }
} IN TRANSACTIONS OF 2000 ROWS
