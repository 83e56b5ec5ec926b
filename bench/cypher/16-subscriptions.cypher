// extras/subscriptions.csv -> Account -HAS_SUBSCRIPTION-> Subscription -OF_PRODUCT-> Product,
// -FOR_UNIT-> BusinessUnit, as write/upsert-subscriptions.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///extras/subscriptions.csv' AS row
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.account_id})
  USING INDEX SEEK a:Account(tenantId, id)
  MATCH (p:Product {tenantId: $tenantId, id: row.product_id})
  MERGE (s:Subscription {tenantId: $tenantId, id: row.subscription_id})
  SET s.seatsLicensed = toInteger(row.seats_licensed),
      s.seatsUsed = toInteger(row.seats_used),
      s.arr = toFloat(row.arr),
      s.startDate = date(row.start_date),
      s.renewalDate = date(row.renewal_date),
      s.termMonths = toInteger(row.term_months),
      s.status = row.status
  MERGE (a)-[:HAS_SUBSCRIPTION]->(s)
  MERGE (s)-[:OF_PRODUCT]->(p)
  WITH s, row
  CALL (s, row) {
    MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.business_unit_id})
    MERGE (s)-[:FOR_UNIT]->(u)
  }
} IN TRANSACTIONS OF 2000 ROWS
