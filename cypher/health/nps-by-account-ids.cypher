// NPS answers of each account in [$since, $until), and how many were ever given before $until.
// Expands from the (tenant-scoped) account to its answers, never from the tenant's answers to
// the account (see tickets-by-account-ids: that plan grows with the square of the portfolio).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  OPTIONAL MATCH (a)<-[:FOR_ACCOUNT]-(n:NpsResponse)
  WHERE n.answeredAt < datetime($until)
  WITH n
  ORDER BY n.answeredAt, n.id
  RETURN count(n) AS npsEver,
         collect(CASE WHEN n.answeredAt >= datetime($since) THEN n {.id, .score, .answeredAt} END) AS nps
}
RETURN accountId, npsEver, nps
