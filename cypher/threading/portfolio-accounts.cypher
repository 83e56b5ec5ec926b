// Every account of the tenant with its ARR (active subscriptions): the portfolio to rank. Seeks
// the account_tenant index. Archived accounts (archiveAccount) only with $includeArchived.
MATCH (a:Account {tenantId: $tenantId})
WHERE $includeArchived OR a.archivedAt IS NULL
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {status: 'ACTIVE'})
  RETURN coalesce(sum(s.arr), 0) AS arr
}
RETURN a.id AS id, a.name AS name, arr
ORDER BY id
