UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.id})
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:SUBSIDIARY_OF]->(p:Account)
  WHERE p.id <> coalesce(row.parentId, '')
  DELETE old
}
CALL (a, row) {
  MATCH (p:Account {tenantId: $tenantId, id: row.parentId})
  MERGE (a)-[:SUBSIDIARY_OF]->(p)
}
