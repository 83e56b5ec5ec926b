// The account's nearest accounts by what they own: cosine similarity over owned products
// (shared / √(mine × theirs)), where an account owns a product through an ACTIVE subscription or
// a WON opportunity (a closed purchase or an imported order line). Only accounts sharing at least
// one product are reached (product → its owners), so the cost is the owners of the account's own
// products, not the portfolio; the account's own group (parent, subsidiaries) is never a peer.
// Bounded to the $k nearest, each with the products it shares and everything it owns.
MATCH (me:Account {tenantId: $tenantId, id: $accountId})
USING INDEX SEEK me:Account(tenantId, id)
CALL (me) {
  MATCH (me)-[:HAS_SUBSCRIPTION]->(:Subscription {status: 'ACTIVE'})-[:OF_PRODUCT]->(p:Product)
  RETURN p
  UNION
  MATCH (me)<-[:FOR_ACCOUNT]-(:Opportunity {status: 'WON'})-[:FOR_PRODUCT]->(p:Product)
  RETURN p
}
WITH me, collect(p) AS mine
WHERE size(mine) > 0
UNWIND mine AS p
CALL (p) {
  MATCH (p)<-[:OF_PRODUCT]-(:Subscription {status: 'ACTIVE'})<-[:HAS_SUBSCRIPTION]-(peer:Account)
  RETURN peer
  UNION
  MATCH (p)<-[:FOR_PRODUCT]-(:Opportunity {status: 'WON'})-[:FOR_ACCOUNT]->(peer:Account)
  RETURN peer
}
WITH me, size(mine) AS myCount, peer, collect(p.id) AS shared
WHERE peer <> me
  AND peer.tenantId = $tenantId
  AND NOT (peer)-[:SUBSIDIARY_OF]-(me)
CALL (peer) {
  CALL (peer) {
    MATCH (peer)-[:HAS_SUBSCRIPTION]->(:Subscription {status: 'ACTIVE'})-[:OF_PRODUCT]->(q:Product)
    RETURN q
    UNION
    MATCH (peer)<-[:FOR_ACCOUNT]-(:Opportunity {status: 'WON'})-[:FOR_PRODUCT]->(q:Product)
    RETURN q
  }
  RETURN collect(q.id) AS owned
}
WITH peer, shared, owned, toFloat(size(shared)) / sqrt(toFloat(myCount * size(owned))) AS similarity
ORDER BY similarity DESC, peer.id
LIMIT toInteger($k)
RETURN peer {
  .id, .name, .industry, .segment, .employeeCount,
  similarity: similarity,
  sharedProductIds: shared,
  ownedProductIds: owned
} AS peer
