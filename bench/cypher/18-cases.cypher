// salesforce/Case.csv -> SupportTicket -FOR_ACCOUNT-> Account, -RAISED_BY-> Person, mapped as the
// Salesforce import maps a Case (priority -> severity, Medium by default; closed wins over status).
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Case.csv' AS row
WITH row WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE']
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.AccountId})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (t:SupportTicket {tenantId: $tenantId, id: row.Id})
  SET t.subject = nullIf(row.Subject, ''),
      t.severity = CASE row.Priority
        WHEN 'Low' THEN 'LOW' WHEN 'High' THEN 'HIGH' WHEN 'Urgent' THEN 'URGENT' WHEN 'Critical' THEN 'URGENT'
        ELSE 'MEDIUM'
      END,
      t.status = CASE
        WHEN row.IsClosed IN ['1', 'true', 'True', 'TRUE'] THEN 'CLOSED'
        WHEN row.Status IN ['On Hold', 'Pending', 'Waiting on Customer'] THEN 'PENDING'
        WHEN row.Status = 'Closed' THEN 'CLOSED'
        ELSE 'OPEN'
      END,
      t.escalated = row.IsEscalated IN ['1', 'true', 'True', 'TRUE'],
      t.openedAt = datetime(replace(row.CreatedDate, ' ', 'T') + 'Z'),
      t.closedAt = datetime(replace(nullIf(row.ClosedDate, ''), ' ', 'T') + 'Z')
  MERGE (t)-[:FOR_ACCOUNT]->(a)
  WITH t, row
  CALL (t, row) {
    MATCH (p:Person {tenantId: $tenantId, id: row.ContactId})
    MERGE (t)-[:RAISED_BY]->(p)
  }
} IN TRANSACTIONS OF 2000 ROWS
