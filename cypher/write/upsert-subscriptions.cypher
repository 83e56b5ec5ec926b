// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (p:Product {tenantId: $tenantId, id: row.productId})
OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
OPTIONAL MATCH (old:Subscription {tenantId: $tenantId, id: row.id})
WITH row, a, p, u, old,
     CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END + CASE WHEN p IS NULL THEN ['productId'] ELSE [] END AS rejectedBy,
     CASE WHEN row.businessUnitId IS NOT NULL AND u IS NULL THEN ['businessUnitId'] ELSE [] END AS missing
WITH row, a, p, u, old, rejectedBy, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
WITH row, a, p, u, rejectedBy, missing, stamp,
     CASE WHEN size(rejectedBy) > 0 THEN 'rejected' WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, a, p, u, stamp, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (s:Subscription {tenantId: $tenantId, id: row.id})
  SET s.seatsLicensed = row.seatsLicensed,
      s.seatsUsed = row.seatsUsed,
      s.arr = row.arr,
      s.startDate = date(row.startDate),
      s.renewalDate = date(row.renewalDate),
      s.termMonths = row.termMonths,
      s.status = row.status,
      s.sourceHash = stamp
  WITH s, a, p, u
  CALL (s, a) {
    OPTIONAL MATCH (other:Account)-[old:HAS_SUBSCRIPTION]->(s)
    WHERE other <> a
    DELETE old
  }
  CALL (s, p) {
    OPTIONAL MATCH (s)-[old:OF_PRODUCT]->(other:Product)
    WHERE other <> p
    DELETE old
  }
  MERGE (a)-[:HAS_SUBSCRIPTION]->(s)
  MERGE (s)-[:OF_PRODUCT]->(p)
  WITH s, u
  CALL (s, u) {
    OPTIONAL MATCH (s)-[old:FOR_UNIT]->(x:BusinessUnit)
    WHERE u IS NULL OR x <> u
    DELETE old
  }
  CALL (s, u) {
    WITH * WHERE u IS NOT NULL
    MERGE (s)-[:FOR_UNIT]->(u)
  }
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy + missing AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
