// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (p:Product {tenantId: $tenantId, id: row.productId})
OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: row.ownerId})
OPTIONAL MATCH (old:Opportunity {tenantId: $tenantId, id: row.id})
WITH row, a, p, t, old,
     CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     CASE WHEN row.productId IS NOT NULL AND p IS NULL THEN ['productId'] ELSE [] END +
     CASE WHEN row.ownerId IS NOT NULL AND t IS NULL THEN ['ownerId'] ELSE [] END AS missing
WITH row, a, p, t, old, rejectedBy, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
WITH row, a, p, t, rejectedBy, missing, stamp,
     CASE WHEN a IS NULL THEN 'rejected' WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, a, p, t, stamp, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (o:Opportunity {tenantId: $tenantId, id: row.id})
  SET o.name = row.name,
      o.type = row.type,
      o.stage = row.stage,
      o.status = row.status,
      o.amount = row.amount,
      o.closeDate = date(row.closeDate),
      o.sourceHash = stamp
  WITH o, a, p, t
  CALL (o, a) {
    OPTIONAL MATCH (o)-[old:FOR_ACCOUNT]->(other:Account)
    WHERE other <> a
    DELETE old
  }
  MERGE (o)-[:FOR_ACCOUNT]->(a)
  WITH o, p, t
  CALL (o, p) {
    OPTIONAL MATCH (o)-[old:FOR_PRODUCT]->(x:Product)
    WHERE p IS NULL OR x <> p
    DELETE old
  }
  CALL (o, p) {
    WITH * WHERE p IS NOT NULL
    MERGE (o)-[:FOR_PRODUCT]->(p)
  }
  CALL (o, t) {
    OPTIONAL MATCH (x:TeamMember)-[old:OWNS_OPPORTUNITY]->(o)
    WHERE t IS NULL OR x <> t
    DELETE old
  }
  CALL (o, t) {
    WITH * WHERE t IS NOT NULL
    MERGE (t)-[:OWNS_OPPORTUNITY]->(o)
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
