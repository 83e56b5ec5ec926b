// NPS answers given from $since up to (not including) $until.
UNWIND $accountIds AS accountId
MATCH (n:NpsResponse)-[:FOR_ACCOUNT]->(a:Account {tenantId: $tenantId, id: accountId})
WHERE n.answeredAt >= datetime($since) AND n.answeredAt < datetime($until)
RETURN n {
  .id, .score, .answeredAt,
  accountId: a.id,
  personId: head([(p:Person)-[:ANSWERED]->(n) | p.id])
} AS response
ORDER BY response.accountId, response.answeredAt, response.id
