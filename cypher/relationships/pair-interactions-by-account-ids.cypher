// Every interaction between one of our team and one of the account's people in [$since, $until),
// one row per pair, in no particular order. Starts from each account by its key, then its
// interactions. Instants travel as epoch milliseconds: decoding thousands of temporal values costs
// the client more than the query costs the server.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
MATCH (i:Interaction)-[:WITH_ACCOUNT]->(a)
WHERE i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
MATCH (t:TeamMember)-[:PARTICIPATED_IN]->(i)<-[:PARTICIPATED_IN]-(p:Person)
RETURN accountId,
       t {.id, .name, .email, .title} AS teamMember,
       p.id AS personId,
       collect({id: i.id, type: i.type, direction: i.direction, occurredAtMs: i.occurredAt.epochMillis}) AS interactions
ORDER BY accountId, teamMember.id, personId
