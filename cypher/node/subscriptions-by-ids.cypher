// Subscriptions by id, for node(id:) and the subscription mutations' answers.
UNWIND $ids AS id
MATCH (a:Account)-[:HAS_SUBSCRIPTION]->(s:Subscription {tenantId: $tenantId, id: id})-[:OF_PRODUCT]->(p:Product)
RETURN s {
  .id, .seatsLicensed, .seatsUsed, .arr, .startDate, .renewalDate, .termMonths, .status,
  accountId: a.id,
  productId: p.id,
  productName: p.name,
  businessUnitId: head([(s)-[:FOR_UNIT]->(u:BusinessUnit) | u.id])
} AS record
