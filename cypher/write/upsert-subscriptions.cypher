// Set-wise (round 7), as write/upsert-people: one pass of key seeks splits the batch into rows whose
// account or product is missing (rejected), new subscriptions (CREATEd with their relationships,
// 16-subscriptions' work and no more; created = size(fresh)) and existing ones (the careful
// compare of the stamp: updated / unchanged, stale relationships dropped). A business unit not in
// the graph is reported missing and remembered in the stamp (sourceHash + '|businessUnitId').
// row.twin: see write/upsert-people.
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
     CASE WHEN row.businessUnitId IS NOT NULL AND u IS NULL THEN ['businessUnitId'] ELSE [] END AS missing
WITH collect(CASE WHEN a IS NULL OR p IS NULL
                  THEN {ref: row.ref, outcome: 'rejected',
                        missing: CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END +
                                 CASE WHEN p IS NULL THEN ['productId'] ELSE [] END + missing} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND p IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, a: a, p: p, u: u, missing: missing} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND p IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, a: a, p: p, u: u, missing: missing} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a, f.p AS p, f.u AS u, f.missing AS missing
  CREATE (s:Subscription {tenantId: $tenantId, id: row.id})
  SET s.seatsLicensed = row.seatsLicensed,
      s.seatsUsed = row.seatsUsed,
      s.arr = row.arr,
      s.startDate = date(row.startDate),
      s.renewalDate = date(row.renewalDate),
      s.termMonths = row.termMonths,
      s.status = row.status,
      s.sourceHash = row.sourceHash + reduce(x = '', m IN missing | x + '|' + m)
  // A new subscription has no relationships: CREATE them (no stale ones to look for, no MERGE).
  CREATE (a)-[:HAS_SUBSCRIPTION]->(s)
  CREATE (s)-[:OF_PRODUCT]->(p)
  FOREACH (unit IN CASE WHEN u IS NULL THEN [] ELSE [u] END | CREATE (s)-[:FOR_UNIT]->(unit))
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a, k.p AS p, k.u AS u, k.missing AS missing
  WITH row, a, p, u, missing, row.sourceHash + reduce(x = '', m IN missing | x + '|' + m) AS stamp
  // MERGE, not MATCH: a twin whose first row was rejected has no node yet (then counted updated).
  MERGE (s:Subscription {tenantId: $tenantId, id: row.id})
  WITH row, a, p, u, missing, stamp, s,
       CASE WHEN row.keepExisting OR s.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, p, u, stamp, s, outcome) {
    WITH * WHERE outcome = 'updated'
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
  RETURN collect({ref: row.ref, outcome: outcome, missing: missing}) AS outcomes
}
// One row back per batch: the counts, and only the rows with something to report.
RETURN size(fresh) AS created,
       size([k IN outcomes WHERE k.outcome = 'updated']) AS updated,
       size([k IN outcomes WHERE k.outcome = 'unchanged']) AS unchanged,
       size(rejected) AS rejected,
       rejected + [f IN fresh WHERE size(f.missing) > 0 | {ref: f.row.ref, outcome: 'created', missing: f.missing}] +
       [k IN outcomes WHERE size(k.missing) > 0] AS reported
