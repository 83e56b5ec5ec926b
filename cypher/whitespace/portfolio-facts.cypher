// Every account of the tenant with what the whitespace matrix needs (the same projection as
// account-facts.cypher, with archivedAt), for the portfolio ranking: archived accounts stay peers
// but leave the ranking unless asked for. Starts from the account_tenant index.
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
RETURN a {
  .id, .name, .industry, .segment, .employeeCount, .archivedAt,
  parentId: head([(a)-[:SUBSIDIARY_OF]->(parent:Account) | parent.id]),
  subsidiaryIds: [(child:Account)-[:SUBSIDIARY_OF]->(a) | child.id],
  units: [(u:BusinessUnit)-[:UNIT_OF]->(a) | u {.id, .name, .headcount}],
  subscriptions: [(a)-[:HAS_SUBSCRIPTION]->(s:Subscription {status: 'ACTIVE'})-[:OF_PRODUCT]->(p:Product) | {
    id: s.id, productId: p.id, seats: s.seatsLicensed, arr: s.arr,
    businessUnitId: head([(s)-[:FOR_UNIT]->(u:BusinessUnit) | u.id])
  }],
  purchases: [(o:Opportunity {status: 'WON'})-[:FOR_ACCOUNT]->(a) WHERE EXISTS { (o)-[:FOR_PRODUCT]->(:Product) } | {
    id: o.id, name: o.name, amount: o.amount, closeDate: o.closeDate,
    productId: head([(o)-[:FOR_PRODUCT]->(p:Product) | p.id])
  }],
  openOpportunities: [(o:Opportunity {status: 'OPEN'})-[:FOR_ACCOUNT]->(a) | {
    id: o.id, name: o.name, amount: o.amount, productId: head([(o)-[:FOR_PRODUCT]->(p:Product) | p.id])
  }],
  competitors: [(a)-[c:USES_COMPETITOR]->(k:Competitor) | {
    competitorId: k.id, name: k.name, since: c.since,
    businessUnitId: CASE c.businessUnitId WHEN '' THEN null ELSE c.businessUnitId END,
    productIds: [(k)-[:ALTERNATIVE_TO]->(p:Product) | p.id]
  }]
} AS account
ORDER BY account.id
