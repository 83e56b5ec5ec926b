// Support tickets of one account opened or closed in [$since, $until) (instants): the briefing
// compares the period with the one before it, so $since is the start of that earlier period.
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
MATCH (t:SupportTicket)-[:FOR_ACCOUNT]->(a)
WHERE (t.openedAt >= datetime($since) AND t.openedAt < datetime($until))
   OR (t.closedAt >= datetime($since) AND t.closedAt < datetime($until))
RETURN t {.id, .severity, .status, .sentiment, .escalated, .openedAt, .closedAt, .subject} AS ticket
ORDER BY ticket.openedAt, ticket.id
