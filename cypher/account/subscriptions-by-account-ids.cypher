UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:OF_PRODUCT]->(p:Product)
USING INDEX SEEK a:Account(tenantId, id)
RETURN s {
  .id, .seatsLicensed, .seatsUsed, .arr, .startDate, .renewalDate, .termMonths, .status,
  accountId: accountId,
  productId: p.id,
  productName: p.name,
  businessUnitId: head([(s)-[:FOR_UNIT]->(u:BusinessUnit) | u.id])
} AS subscription
ORDER BY subscription.arr DESC, subscription.id
