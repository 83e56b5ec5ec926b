// Everything one account's whitespace matrix reads, in one statement: the tenant's catalog
// (products.cypher), the ids of its possible firmographic peers (peer-candidate-ids.cypher without
// $everyone), the facts of the account, its subsidiaries and those peers (the projection of
// account-facts.cypher and portfolio-facts.cypher: keep the three identical), its behavioural
// peers (behavioural-peers.cypher) and its co-ownership (co-ownership.cypher), the same queries
// as those files as subqueries. No row for an account the tenant does not have.
MATCH (me:Account {tenantId: $tenantId, id: $accountId})
USING INDEX SEEK me:Account(tenantId, id)
CALL () {
  MATCH (p:Product {tenantId: $tenantId})
  WHERE p.id IS NOT NULL
  WITH p
  ORDER BY p.name, p.id
  RETURN collect(p {.id, .name, .family, .listPricePerSeat}) AS products
}
CALL (me) {
  MATCH (a:Account {tenantId: $tenantId})
  USING INDEX SEEK a:Account(tenantId)
  WHERE a <> me
    AND (a.industry = me.industry OR a.segment = me.segment)
  WITH a
  ORDER BY a.id
  RETURN collect(a) AS candidates
}
CALL (me, candidates) {
  UNWIND [me] + COLLECT { MATCH (child:Account {tenantId: $tenantId})-[:SUBSIDIARY_OF]->(me) RETURN child } + candidates AS a
  WITH DISTINCT a
  RETURN collect(a {
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
  }) AS accounts
}
CALL (me) {
  MATCH (me)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(d)-[:OF_PRODUCT|FOR_PRODUCT]->(p:Product)
  WHERE (d:Subscription AND d.status = 'ACTIVE') OR (d:Opportunity AND d.status = 'WON')
  WITH me, collect(DISTINCT p) AS mine
  UNWIND mine AS p
  MATCH (p)<-[:OF_PRODUCT|FOR_PRODUCT]-(d)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(peer:Account)
  WHERE ((d:Subscription AND d.status = 'ACTIVE') OR (d:Opportunity AND d.status = 'WON'))
    AND peer <> me
    AND peer.tenantId = $tenantId
    AND NOT (peer)-[:SUBSIDIARY_OF]-(me)
  WITH me, size(mine) AS myCount, peer, collect(DISTINCT p.id) AS shared
  WITH peer, shared, myCount, COLLECT {
    MATCH (peer)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(o)-[:OF_PRODUCT|FOR_PRODUCT]->(q:Product)
    WHERE (o:Subscription AND o.status = 'ACTIVE') OR (o:Opportunity AND o.status = 'WON')
    RETURN DISTINCT q.id
  } AS owned
  WITH peer, shared, owned, toFloat(size(shared)) / sqrt(toFloat(myCount * size(owned))) AS similarity
  ORDER BY similarity DESC, peer.id
  LIMIT toInteger($k)
  RETURN collect(peer {
    .id, .name, .industry, .segment, .employeeCount,
    similarity: similarity,
    sharedProductIds: shared,
    ownedProductIds: owned
  }) AS peers
}
CALL (me) {
  MATCH (me)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(d)-[:OF_PRODUCT|FOR_PRODUCT]->(p:Product)
  WHERE (d:Subscription AND d.status = 'ACTIVE') OR (d:Opportunity AND d.status = 'WON')
  WITH me, collect(DISTINCT p) AS mine
  UNWIND mine AS x
  MATCH (x)<-[:OF_PRODUCT|FOR_PRODUCT]-(d)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(owner:Account)
  WHERE ((d:Subscription AND d.status = 'ACTIVE') OR (d:Opportunity AND d.status = 'WON'))
    AND owner <> me
    AND owner.tenantId = $tenantId
  WITH me, mine, x, collect(DISTINCT owner) AS owners
  WITH me, mine, x, owners, size(owners) AS xOwners
  UNWIND owners AS owner
  MATCH (owner)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(e)-[:OF_PRODUCT|FOR_PRODUCT]->(y:Product)
  WHERE ((e:Subscription AND e.status = 'ACTIVE') OR (e:Opportunity AND e.status = 'WON'))
    AND NOT y IN mine
  WITH me, x, xOwners, y, count(DISTINCT owner) AS both
  WITH x, xOwners, y, both, COUNT {
    MATCH (y)<-[:OF_PRODUCT|FOR_PRODUCT]-(f)-[:HAS_SUBSCRIPTION|FOR_ACCOUNT]-(o:Account)
    WHERE ((f:Subscription AND f.status = 'ACTIVE') OR (f:Opportunity AND f.status = 'WON')) AND o <> me
    RETURN DISTINCT o
  } AS yOwners
  ORDER BY y.id, x.id
  RETURN collect({viaProductId: x.id, productId: y.id, both: both, xOwners: xOwners, yOwners: yOwners}) AS coOwnership
}
RETURN products, [c IN candidates | c.id] AS candidateIds, accounts, peers, coOwnership
