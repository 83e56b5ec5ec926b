// Support tickets of each account as of $until (exclusive instant): how many were ever opened,
// and those opened since $since or still open then (a ticket closed after $until was open).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
RETURN accountId,
       COUNT { (t:SupportTicket {tenantId: $tenantId})-[:FOR_ACCOUNT]->(a) WHERE t.openedAt < datetime($until) } AS ticketsEver,
       [(t:SupportTicket {tenantId: $tenantId})-[:FOR_ACCOUNT]->(a)
        WHERE t.openedAt < datetime($until)
          AND (t.openedAt >= datetime($since)
               OR t.closedAt >= datetime($until)
               OR (t.closedAt IS NULL AND t.status <> 'CLOSED'))
        | t {.id, .severity, .status, .sentiment, .escalated, .openedAt, .closedAt, .subject}] AS tickets
