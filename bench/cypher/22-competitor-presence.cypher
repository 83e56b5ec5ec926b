// extras/competitor-presence.csv -> Account -USES_COMPETITOR {businessUnitId}-> Competitor, as
// write/upsert-competitor-presence ('' = the whole account).
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/competitor-presence.csv' AS row
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  MATCH (c:Competitor {tenantId: $tenantId, id: row.competitor_id})
  MERGE (a)-[r:USES_COMPETITOR {businessUnitId: coalesce(row.business_unit_id, '')}]->(c)
  SET r.since = date(row.since)
} IN TRANSACTIONS OF 2000 ROWS
