// Everyone who ever held one of $roles at each account (departed people included), with that
// role history, their manager, and their last inbound or mutual interaction with our team before
// $until: who the sponsor and champion are, and whether we still talk with them. Roles are
// filtered after expanding from the account: `r.role IN $roles` in the MATCH lets the planner seek
// the plays_role_role index instead, which holds those roles in every tenant.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
MATCH (p:Person)-[r:PLAYS_ROLE]->(a)
WITH accountId, a, p, [held IN collect(r) WHERE held.role IN $roles | held {.role, .since, .until}] AS roles
WHERE roles <> []
CALL (a, p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)-[:WITH_ACCOUNT]->(a)
  WHERE i.direction IN ['INBOUND', 'MUTUAL']
    AND i.occurredAt < datetime($until)
    AND EXISTS { (:TeamMember)-[:PARTICIPATED_IN]->(i) }
  WITH i
  ORDER BY i.occurredAt DESC, i.id DESC
  LIMIT 1
  RETURN CASE WHEN i IS NULL THEN null ELSE i {.id, .occurredAt, .type} END AS lastTwoWay
}
RETURN accountId,
       p {
         .id, .name, .title, .status, .startedAt, .departedAt,
         managerId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
         roles: roles,
         lastTwoWay: lastTwoWay
       } AS person
ORDER BY accountId, person.id
