// nps-by-accounts.cypher for every account of the tenant, expanding from each account found
// through the account_tenant index (never a scan of every NpsResponse).
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
CALL (a) {
  MATCH (a)<-[:FOR_ACCOUNT]-(n:NpsResponse {tenantId: $tenantId})
  WHERE n.answeredAt >= datetime($since) AND n.answeredAt < datetime($until)
  RETURN n
}
RETURN n {
  .id, .score, .answeredAt,
  accountId: a.id,
  personId: head([(p:Person)-[:ANSWERED]->(n) | p.id])
} AS response
ORDER BY response.accountId, response.answeredAt, response.id
