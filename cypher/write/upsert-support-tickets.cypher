UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (t:SupportTicket {tenantId: $tenantId, id: row.id})
SET t.subject = row.subject,
    t.severity = row.severity,
    t.status = row.status,
    t.sentiment = row.sentiment,
    t.escalated = row.escalated,
    t.openedAt = datetime(row.openedAt),
    t.closedAt = datetime(row.closedAt)
MERGE (t)-[:FOR_ACCOUNT]->(a)
WITH t, row
CALL (t, row) {
  MATCH (p:Person {tenantId: $tenantId, id: row.raisedById})
  MERGE (t)-[:RAISED_BY]->(p)
}
