// extras/influences.csv -> Person -INFLUENCES-> Person, as write/upsert-influences.
LOAD CSV WITH HEADERS FROM 'file:///extras/influences.csv' AS row
CALL (row) {
  MATCH (from:Person {tenantId: $tenantId, id: row.from_contact_id})
  MATCH (to:Person {tenantId: $tenantId, id: row.to_contact_id})
  MERGE (from)-[i:INFLUENCES]->(to)
  SET i.weight = toFloat(row.weight), i.kind = row.kind, i.source = row.source
} IN TRANSACTIONS OF 2000 ROWS
