// extras/products.csv -> Product, as write/upsert-products.
LOAD CSV WITH HEADERS FROM 'file:///extras/products.csv' AS row
CALL (row) {
  MERGE (p:Product {tenantId: $tenantId, id: row.product_id})
  SET p.name = row.product_name,
      p.family = row.product_family,
      p.listPricePerSeat = toFloat(row.list_price_per_seat)
} IN TRANSACTIONS OF 2000 ROWS
