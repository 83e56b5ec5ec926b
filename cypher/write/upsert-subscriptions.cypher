UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MATCH (p:Product {tenantId: $tenantId, id: row.productId})
MERGE (s:Subscription {tenantId: $tenantId, id: row.id})
SET s.seatsLicensed = row.seatsLicensed,
    s.seatsUsed = row.seatsUsed,
    s.arr = row.arr,
    s.startDate = date(row.startDate),
    s.renewalDate = date(row.renewalDate),
    s.termMonths = row.termMonths,
    s.status = row.status
MERGE (a)-[:HAS_SUBSCRIPTION]->(s)
MERGE (s)-[:OF_PRODUCT]->(p)
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (s)-[old:FOR_UNIT]->(u:BusinessUnit)
  WHERE u.id <> coalesce(row.businessUnitId, '')
  DELETE old
}
CALL (s, row) {
  MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
  MERGE (s)-[:FOR_UNIT]->(u)
}
