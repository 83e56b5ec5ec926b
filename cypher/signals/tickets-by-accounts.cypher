// Support tickets opened from $since up to (not including) $until.
UNWIND $accountIds AS accountId
MATCH (t:SupportTicket)-[:FOR_ACCOUNT]->(a:Account {tenantId: $tenantId, id: accountId})
WHERE t.openedAt >= datetime($since) AND t.openedAt < datetime($until)
RETURN t {
  .id, .subject, .severity, .openedAt, .sentiment, .escalated,
  accountId: a.id,
  raisedById: head([(t)-[:RAISED_BY]->(p:Person) | p.id])
} AS ticket
ORDER BY ticket.accountId, ticket.openedAt, ticket.id
