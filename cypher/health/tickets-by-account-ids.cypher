// Support tickets of each account as of $until (exclusive instant): how many were ever opened,
// and those opened since $since or still open then (a ticket closed after $until was open).
// Expands from the (tenant-scoped) account to its tickets: a `{tenantId: $tenantId}` on the
// ticket let the planner seek every ticket of the tenant once per account and join them to it
// (4.6 million db hits for 200 of 400 accounts, growing with the square of the portfolio).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  OPTIONAL MATCH (a)<-[:FOR_ACCOUNT]-(t:SupportTicket)
  WHERE t.openedAt < datetime($until)
  WITH t
  ORDER BY t.openedAt, t.id
  RETURN count(t) AS ticketsEver,
         collect(CASE
           WHEN t.openedAt >= datetime($since) OR t.closedAt >= datetime($until)
                OR (t.closedAt IS NULL AND t.status <> 'CLOSED')
           THEN t {.id, .severity, .status, .sentiment, .escalated, .openedAt, .closedAt, .subject}
         END) AS tickets
}
RETURN accountId, ticketsEver, tickets
