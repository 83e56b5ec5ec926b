UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (o:Opportunity {tenantId: $tenantId, id: row.id})
SET o.name = row.name,
    o.type = row.type,
    o.stage = row.stage,
    o.status = row.status,
    o.amount = row.amount,
    o.closeDate = date(row.closeDate)
MERGE (o)-[:FOR_ACCOUNT]->(a)
WITH o, row
CALL (o, row) {
  MATCH (p:Product {tenantId: $tenantId, id: row.productId})
  MERGE (o)-[:FOR_PRODUCT]->(p)
}
CALL (o, row) {
  MATCH (t:TeamMember {tenantId: $tenantId, id: row.ownerId})
  MERGE (t)-[:OWNS_OPPORTUNITY]->(o)
}
