// Every interaction with one account in [$since, $until) (instants) with the customer's people
// who took part (their seniority, to tell executive time from day-to-day contact). Starts from the
// account by its key, then its interactions.
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
MATCH (i:Interaction)-[:WITH_ACCOUNT]->(a)
WHERE i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
RETURN i {
         .id, .type, .direction, .occurredAt,
         people: [(p:Person)-[:PARTICIPATED_IN]->(i) | p {.id, .name, .title, .seniority}]
       } AS interaction
ORDER BY interaction.occurredAt, interaction.id
