// Customer-initiated (INBOUND) interactions with each account in [$since, $until) whose subject
// contains one of $keywords (lower case), with the customer's people in each. Which keyword speaks
// to which kind of expansion is the scoring's business; this only keeps the rows small. The
// interactions are reached from the account (no tenant predicate of their own): with one, the
// planner seeks the tenant's whole date range of interactions once per account. Their people
// likewise: a tenant predicate on them lets the planner seek every person of the tenant per
// interaction and join (as health's ticket read did, quadratic in the portfolio).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
MATCH (i:Interaction)-[:WITH_ACCOUNT]->(a)
WHERE i.direction = 'INBOUND'
  AND i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
  AND i.subject IS NOT NULL
  AND any(keyword IN $keywords WHERE toLower(i.subject) CONTAINS keyword)
RETURN accountId,
       i {
         .id, .type, .subject, .occurredAt,
         accountId: accountId,
         people: [(p:Person)-[:PARTICIPATED_IN]->(i) | {personId: p.id, name: p.name}]
       } AS request
ORDER BY accountId, request.occurredAt, request.id
