// Usage snapshots by id, for node(id:)/nodes(ids:): the shape recordUsageSnapshot answers.
// Seeks the usage_snapshot_key constraint's index.
UNWIND $ids AS id
MATCH (a:Account)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:HAS_USAGE]->(u:UsageSnapshot {tenantId: $tenantId, id: id})
RETURN u {
  .id, .date, .licensedSeats, .activeSeats, .featuresAdopted, .featuresAvailable,
  subscriptionId: s.id,
  accountId: a.id,
  businessUnitId: head([(u)-[:FOR_UNIT]->(b:BusinessUnit) | b.id])
} AS record
