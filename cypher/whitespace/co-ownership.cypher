// Item co-ownership from the account's point of view: for each product X it owns and each product
// Y it does not, how many other accounts own both, X and Y ("owners of X also own Y"). Ownership:
// an ACTIVE subscription or a WON opportunity, one pattern for both (see behavioural-peers.cypher).
// Walks only the owners of the account's own products and what they own, so its cost does not
// grow with the square of the portfolio.
MATCH (me:Account {tenantId: $tenantId, id: $accountId})
USING INDEX SEEK me:Account(tenantId, id)
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
RETURN x.id AS viaProductId, y.id AS productId, both, xOwners, yOwners
ORDER BY productId, viaProductId
