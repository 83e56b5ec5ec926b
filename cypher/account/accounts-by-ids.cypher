UNWIND $ids AS id
MATCH (a:Account {tenantId: $tenantId, id: id})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription {status: 'ACTIVE'})
  RETURN coalesce(sum(s.arr), 0) AS arr
}
RETURN a {
  .id, .name, .industry, .segment, .region, .employeeCount, .annualRevenue, .website, .customerSince, .archivedAt,
  parentId: head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]),
  arr: arr
} AS account
