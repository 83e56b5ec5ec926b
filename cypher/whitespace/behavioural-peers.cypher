// The account's nearest accounts by what they own: cosine similarity over owned products
// (shared / √(mine × theirs)). An account owns a product through an ACTIVE subscription
// (Account-HAS_SUBSCRIPTION->Subscription-OF_PRODUCT->Product) or a WON opportunity (a closed
// purchase or an imported order line: Opportunity-FOR_ACCOUNT->Account, -FOR_PRODUCT->Product),
// one pattern for both. Only accounts sharing at least one product are reached (product → its
// owners), so the cost is the owners of the account's own products, not the portfolio; the
// account's own group (parent, subsidiaries) is never a peer. Bounded to the $k nearest, each
// with the products it shares and everything it owns.
MATCH (me:Account {tenantId: $tenantId, id: $accountId})
USING INDEX SEEK me:Account(tenantId, id)
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
RETURN peer {
  .id, .name, .industry, .segment, .employeeCount,
  similarity: similarity,
  sharedProductIds: shared,
  ownedProductIds: owned
} AS peer
