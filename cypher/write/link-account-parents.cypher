// The second pass for parents that came later than their subsidiaries (see link-team-managers).
UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.id})
OPTIONAL MATCH (parent:Account {tenantId: $tenantId, id: row.parentId})
CALL (a, parent) {
  OPTIONAL MATCH (a)-[old:SUBSIDIARY_OF]->(p:Account)
  WHERE parent IS NULL OR p <> parent
  DELETE old
}
CALL (a, parent) {
  WITH * WHERE parent IS NOT NULL
  MERGE (a)-[:SUBSIDIARY_OF]->(parent)
  SET a.sourceHash = replace(a.sourceHash, '|parentId', '')
}
RETURN row.ref AS ref, parent IS NOT NULL OR row.parentId IS NULL AS resolved
