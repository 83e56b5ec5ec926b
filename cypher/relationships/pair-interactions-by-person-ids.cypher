// Every interaction each person had with one of our team in [$since, $until), one row per pair,
// in no particular order; instants as epoch milliseconds.
UNWIND $personIds AS personId
MATCH (p:Person {tenantId: $tenantId, id: personId})-[:PARTICIPATED_IN]->(i:Interaction)
WHERE i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
MATCH (t:TeamMember)-[:PARTICIPATED_IN]->(i)
MATCH (i)-[:WITH_ACCOUNT]->(a:Account)
RETURN a.id AS accountId,
       t {.id, .name, .email, .title} AS teamMember,
       personId,
       collect({id: i.id, type: i.type, direction: i.direction, occurredAtMs: i.occurredAt.epochMillis}) AS interactions
ORDER BY personId, teamMember.id
