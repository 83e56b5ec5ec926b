// salesforce/User.csv ManagerId -> TeamMember -REPORTS_TO-> TeamMember (a second pass: managers
// may come later in the file).
LOAD CSV WITH HEADERS FROM 'file:///salesforce/User.csv' AS row
WITH row WHERE row.ManagerId STARTS WITH '005'
CALL (row) {
  MATCH (t:TeamMember {tenantId: $tenantId, id: row.Id})
  MATCH (m:TeamMember {tenantId: $tenantId, id: row.ManagerId})
  MERGE (t)-[:REPORTS_TO]->(m)
} IN TRANSACTIONS OF 2000 ROWS
