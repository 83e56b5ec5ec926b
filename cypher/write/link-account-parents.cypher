// The second pass for parents that came later than their subsidiaries (see link-team-managers).
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.id})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (parent:Account {tenantId: $tenantId, id: row.parentId})
USING INDEX SEEK parent:Account(tenantId, id)
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
