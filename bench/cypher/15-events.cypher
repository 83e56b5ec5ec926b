// salesforce/Event.csv -> Interaction (meetings, QBRs, customer events) -WITH_ACCOUNT-> Account,
// with owner and contact as participants; an invitee's copy of a group event (IsChild) is skipped.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Event.csv' AS row
WITH row
WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE'] AND NOT row.IsChild IN ['1', 'true', 'True', 'TRUE']
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.AccountId})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (i:Interaction {tenantId: $tenantId, id: row.Id})
  SET i.type = CASE row.Type
        WHEN 'Call' THEN 'CALL' WHEN 'Email' THEN 'EMAIL' WHEN 'QBR' THEN 'QBR'
        WHEN 'Customer Event' THEN 'EVENT' WHEN 'Event' THEN 'EVENT' ELSE 'MEETING'
      END,
      i.direction = 'MUTUAL',
      i.occurredAt = datetime(replace(coalesce(nullIf(row.ActivityDateTime, ''), row.CreatedDate), ' ', 'T') + 'Z'),
      i.durationMinutes = toInteger(nullIf(row.DurationInMinutes, '')),
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
