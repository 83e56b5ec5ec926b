// extras/competitors.csv -> Competitor -ALTERNATIVE_TO-> Product, as write/upsert-competitors.
LOAD CSV WITH HEADERS FROM 'file:///extras/competitors.csv' AS row
CALL (row) {
  MERGE (c:Competitor {tenantId: $tenantId, id: row.competitor_id})
  SET c.name = row.competitor_name
  WITH c, row
  UNWIND split(coalesce(row.alternative_to_product_ids, ''), ';') AS productId
  MATCH (p:Product {tenantId: $tenantId, id: productId})
  MERGE (c)-[:ALTERNATIVE_TO]->(p)
} IN TRANSACTIONS OF 2000 ROWS
