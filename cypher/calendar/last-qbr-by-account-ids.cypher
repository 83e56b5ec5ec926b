// The latest business review (an Interaction of type QBR) held with each account up to $until
// (an instant, exclusive), whoever took part and however long ago: the QBR cadence counts from
// it. Accounts without one answer a null review. Starts from each account by its key and expands
// to its interactions: a `{tenantId, type}` on the interaction let the planner seek every QBR of
// the tenant once per account (the quadratic shape the health reads had).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL CALL (a) {
  MATCH (a)<-[:WITH_ACCOUNT]-(i:Interaction)
  WHERE i.type = 'QBR' AND i.occurredAt < datetime($until)
  RETURN i
  ORDER BY i.occurredAt DESC, i.id
  LIMIT 1
}
RETURN accountId,
       CASE WHEN i IS NULL THEN null ELSE i {
         .id, .occurredAt, .subject,
         personIds: [(p:Person {tenantId: $tenantId})-[:PARTICIPATED_IN]->(i) | p.id],
         teamMemberIds: [(t:TeamMember {tenantId: $tenantId})-[:PARTICIPATED_IN]->(i) | t.id]
       } END AS lastQbr
ORDER BY accountId
