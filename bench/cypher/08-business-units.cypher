// extras/business-units.csv -> BusinessUnit: the same units, with their kind and headcount.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/business-units.csv' AS row
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (u:BusinessUnit {tenantId: $tenantId, id: row.business_unit_id})
  SET u.name = row.name, u.kind = row.kind, u.headcount = toInteger(row.headcount)
  MERGE (u)-[:UNIT_OF]->(a)
} IN TRANSACTIONS OF 2000 ROWS
