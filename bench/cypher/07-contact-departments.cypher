// salesforce/Contact.csv -> one BusinessUnit per account and Department, with the id the
// Salesforce import gives it (`<AccountId>/<Department>`).
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Contact.csv' AS row
WITH row
WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE'] AND row.AccountId <> '' AND row.Department <> ''
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.AccountId})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (u:BusinessUnit {tenantId: $tenantId, id: row.AccountId + '/' + row.Department})
  SET u.name = row.Department, u.kind = 'DEPARTMENT'
  MERGE (u)-[:UNIT_OF]->(a)
} IN TRANSACTIONS OF 2000 ROWS
