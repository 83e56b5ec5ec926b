// salesforce/Account.csv ParentId -> Account -SUBSIDIARY_OF-> Account (a second pass: a parent may
// come later in the file). The 000000000000000AAA sentinel means no parent.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Account.csv' AS row
WITH row
WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE'] AND NOT row.ParentId IN ['', '000000000000000AAA']
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.Id})
  USING INDEX SEEK a:Account(tenantId, id)
  MATCH (p:Account {tenantId: $tenantId, id: row.ParentId})
  USING INDEX SEEK p:Account(tenantId, id)
  MERGE (a)-[:SUBSIDIARY_OF]->(p)
} IN TRANSACTIONS OF 2000 ROWS
