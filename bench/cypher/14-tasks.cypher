// salesforce/Task.csv -> Interaction (calls and emails) -WITH_ACCOUNT-> Account, with the owner
// (User) and the contact (WhoId) as participants, mapped as the Salesforce import maps a Task:
// type from Type (else a CallType means a call), direction from CallType (else an email is
// outbound, anything else a conversation), duration from CallDurationInSeconds.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Task.csv' AS row
WITH row WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE']
WITH row,
     CASE row.Type
       WHEN 'Call' THEN 'CALL' WHEN 'Email' THEN 'EMAIL' WHEN 'Meeting' THEN 'MEETING'
       WHEN 'QBR' THEN 'QBR' WHEN 'Customer Event' THEN 'EVENT'
       ELSE CASE WHEN row.CallType <> '' THEN 'CALL' WHEN row.EmailMessageId <> '' THEN 'EMAIL' END
     END AS type
WHERE type IS NOT NULL
CALL (row, type) {
  MATCH (a:Account {tenantId: $tenantId, id: row.AccountId})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (i:Interaction {tenantId: $tenantId, id: row.Id})
  SET i.type = type,
      i.direction = CASE row.CallType
        WHEN 'Outbound' THEN 'OUTBOUND' WHEN 'Inbound' THEN 'INBOUND' WHEN 'Internal' THEN 'MUTUAL'
        ELSE CASE WHEN row.Type = 'Email' THEN 'OUTBOUND' ELSE 'MUTUAL' END
      END,
      i.occurredAt = datetime(replace(coalesce(nullIf(row.CompletedDateTime, ''), row.CreatedDate), ' ', 'T') + 'Z'),
      i.durationMinutes = toFloat(nullIf(row.CallDurationInSeconds, '')) / 60,
      i.subject = nullIf(row.Subject, '')
  MERGE (i)-[:WITH_ACCOUNT]->(a)
  WITH i, row
  CALL (i, row) {
    MATCH (t:TeamMember {tenantId: $tenantId, id: row.OwnerId})
    MERGE (t)-[:PARTICIPATED_IN]->(i)
  }
  CALL (i, row) {
    MATCH (p:Person {tenantId: $tenantId, id: row.WhoId})
    MERGE (p)-[:PARTICIPATED_IN]->(i)
  }
} IN TRANSACTIONS OF 2000 ROWS
