// Every account of the tenant but $accountId, by id (the loosest peer definition, see
// peer-candidate-ids.cypher with $everyone), with the whitespace facts of those not in $known
// (already read by matrix-facts.cypher; null for them). The projection of account-facts.cypher:
// keep them identical. Starts from the account_tenant index.
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
WHERE a.id <> $accountId
RETURN a.id AS id,
  CASE WHEN a.id IN $known THEN null ELSE a {
    .id, .name, .industry, .segment, .employeeCount,
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
  } END AS account
ORDER BY id
