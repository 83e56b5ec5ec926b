// Item co-ownership from the account's point of view: for each product X it owns and each product
// Y it does not, how many other accounts own both, X and Y ("owners of X also own Y"). Ownership:
// an ACTIVE subscription or a WON opportunity. Walks only the owners of the account's own
// products, so its cost does not grow with the square of the portfolio.
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
UNWIND mine AS x
CALL (x) {
  MATCH (x)<-[:OF_PRODUCT]-(:Subscription {status: 'ACTIVE'})<-[:HAS_SUBSCRIPTION]-(owner:Account)
  RETURN owner
  UNION
  MATCH (x)<-[:FOR_PRODUCT]-(:Opportunity {status: 'WON'})-[:FOR_ACCOUNT]->(owner:Account)
  RETURN owner
}
WITH me, mine, x, owner
WHERE owner <> me AND owner.tenantId = $tenantId
WITH me, mine, x, collect(owner) AS owners
WITH me, mine, x, owners, size(owners) AS xOwners
UNWIND owners AS owner
CALL (owner) {
  MATCH (owner)-[:HAS_SUBSCRIPTION]->(:Subscription {status: 'ACTIVE'})-[:OF_PRODUCT]->(y:Product)
  RETURN y
  UNION
  MATCH (owner)<-[:FOR_ACCOUNT]-(:Opportunity {status: 'WON'})-[:FOR_PRODUCT]->(y:Product)
  RETURN y
}
WITH me, mine, x, xOwners, y, count(owner) AS both
WHERE NOT y IN mine
CALL (y, me) {
  CALL (y) {
    MATCH (y)<-[:OF_PRODUCT]-(:Subscription {status: 'ACTIVE'})<-[:HAS_SUBSCRIPTION]-(owner:Account)
    RETURN owner
    UNION
    MATCH (y)<-[:FOR_PRODUCT]-(:Opportunity {status: 'WON'})-[:FOR_ACCOUNT]->(owner:Account)
    RETURN owner
  }
  WITH owner WHERE owner <> me
  RETURN count(owner) AS yOwners
}
RETURN x.id AS viaProductId, y.id AS productId, both, xOwners, yOwners
ORDER BY productId, viaProductId
