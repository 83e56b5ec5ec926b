// The portfolio's support tickets opened from $since up to $until, from the
// support_ticket_tenant_opened index (same shape as tickets-by-accounts.cypher).
MATCH (t:SupportTicket {tenantId: $tenantId})
USING INDEX SEEK t:SupportTicket(tenantId, openedAt)
WHERE t.openedAt >= datetime($since) AND t.openedAt < datetime($until)
MATCH (t)-[:FOR_ACCOUNT]->(a:Account)
RETURN t {
  .id, .subject, .severity, .openedAt, .sentiment, .escalated,
  accountId: a.id,
  raisedById: head([(t)-[:RAISED_BY]->(p:Person) | p.id])
} AS ticket
ORDER BY ticket.accountId, ticket.openedAt, ticket.id
