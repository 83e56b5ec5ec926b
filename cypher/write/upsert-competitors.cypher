UNWIND $rows AS row
MERGE (c:Competitor {tenantId: $tenantId, id: row.id})
SET c.name = row.name
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (c)-[old:ALTERNATIVE_TO]->(p:Product)
  WHERE NOT p.id IN row.alternativeToProductIds
  DELETE old
}
CALL (c, row) {
  UNWIND row.alternativeToProductIds AS productId
  MATCH (p:Product {tenantId: $tenantId, id: productId})
  MERGE (c)-[:ALTERNATIVE_TO]->(p)
}
