// salesforce/Contact.csv ReportsToId -> Person -REPORTS_TO-> Person (a second pass: a manager may
// come later in the file). The 000000000000000AAA sentinel means no manager.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Contact.csv' AS row
WITH row WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE'] AND row.ReportsToId STARTS WITH '003'
CALL (row) {
  MATCH (p:Person {tenantId: $tenantId, id: row.Id})
  MATCH (m:Person {tenantId: $tenantId, id: row.ReportsToId})
  MERGE (p)-[:REPORTS_TO]->(m)
} IN TRANSACTIONS OF 2000 ROWS
