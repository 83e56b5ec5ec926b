// The intent facts of each account in one statement, for one account's opportunities: what
// pipeline-by-account-ids, inbound-requests-by-account-ids, objectives-by-account-ids and
// account/business-units-by-account-ids return (the same filters and projections, each a list
// in its order; keep them in step). Every subquery expands from the (tenant-scoped) account, as
// those files explain.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a, accountId) {
  MATCH (a)<-[:FOR_ACCOUNT]-(o:Opportunity {tenantId: $tenantId})
  WHERE o.status = 'OPEN' AND o.type IN $types
  WITH o
  ORDER BY o.closeDate, o.id
  RETURN collect(o {
           .id, .name, .type, .stage, .amount, .closeDate,
           accountId: accountId,
           productId: head([(o)-[:FOR_PRODUCT]->(p:Product) | p.id]),
           contacts: [(c:Person)-[r:CONTACT_ROLE]->(o) |
                      {personId: c.id, name: c.name, role: r.role, isPrimary: coalesce(r.isPrimary, false)}]
         }) AS pipeline
}
CALL (a, accountId) {
  MATCH (i:Interaction)-[:WITH_ACCOUNT]->(a)
  WHERE i.direction = 'INBOUND'
    AND i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
    AND i.subject IS NOT NULL
    AND any(keyword IN $keywords WHERE toLower(i.subject) CONTAINS keyword)
  WITH i
  ORDER BY i.occurredAt, i.id
  RETURN collect(i {
           .id, .type, .subject, .occurredAt,
           accountId: accountId,
           people: [(p:Person)-[:PARTICIPATED_IN]->(i) | {personId: p.id, name: p.name}]
         }) AS inbound
}
CALL (a, accountId) {
  MATCH (a)-[:HAS_OBJECTIVE]->(o:Objective {tenantId: $tenantId})
  WHERE o.status IN $statuses
  OPTIONAL MATCH (owner:Person {tenantId: $tenantId})-[:OWNS_OBJECTIVE]->(o)
  WITH o, head(collect(owner)) AS owner
  ORDER BY o.dueDate, o.id
  RETURN collect(o {
           .id, .title, .metric, .targetValue, .dueDate, .status,
           accountId: accountId,
           ownerPersonId: owner.id,
           ownerName: owner.name,
           ownerBusinessUnitId: head([(owner)-[:MEMBER_OF]->(u:BusinessUnit {tenantId: $tenantId}) | u.id])
         }) AS objectives
}
CALL (a, accountId) {
  MATCH (u:BusinessUnit)-[:UNIT_OF]->(a)
  WITH u
  ORDER BY u.name
  RETURN collect(u {.id, .name, .kind, .headcount, accountId: accountId}) AS units
}
RETURN accountId, pipeline, inbound, objectives, units
