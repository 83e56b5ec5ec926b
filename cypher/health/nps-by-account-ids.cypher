// NPS answers of each account in [$since, $until), and how many were ever given before $until.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
RETURN accountId,
       COUNT { (n:NpsResponse {tenantId: $tenantId})-[:FOR_ACCOUNT]->(a) WHERE n.answeredAt < datetime($until) } AS npsEver,
       [(n:NpsResponse {tenantId: $tenantId})-[:FOR_ACCOUNT]->(a)
        WHERE n.answeredAt >= datetime($since) AND n.answeredAt < datetime($until)
        | n {.id, .score, .answeredAt}] AS nps
