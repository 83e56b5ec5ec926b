UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (i:Interaction {tenantId: $tenantId, id: row.id})
SET i.type = row.type,
    i.direction = row.direction,
    i.occurredAt = datetime(row.occurredAt),
    i.durationMinutes = row.durationMinutes,
    i.subject = row.subject
MERGE (i)-[:WITH_ACCOUNT]->(a)
WITH i, row
CALL (i, row) {
  UNWIND row.teamMemberIds AS memberId
  MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
  MERGE (t)-[:PARTICIPATED_IN]->(i)
}
CALL (i, row) {
  UNWIND row.personIds AS personId
  MATCH (p:Person {tenantId: $tenantId, id: personId})
  MERGE (p)-[:PARTICIPATED_IN]->(i)
}
