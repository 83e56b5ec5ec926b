// Everyone who ever held one of $roles at each account (departed people included), with that
// role history, their manager, and their last inbound or mutual interaction with our team before
// $until: who the sponsor and champion are, and whether we still talk with them.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
MATCH (p:Person)-[r:PLAYS_ROLE]->(a)
WHERE r.role IN $roles
WITH accountId, a, p, collect({role: r.role, since: r.since, until: r.until}) AS roles
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
