// Set-wise (round 7), as write/upsert-people: one pass of key seeks splits the batch into rows whose
// account is missing (rejected), new opportunities (CREATEd with their relationships, 20-
// opportunities' work and no more; created = size(fresh)) and existing ones (the careful compare
// of the stamp: updated / unchanged, stale relationships dropped). A product or owner not in the
// graph is reported missing and remembered in the stamp (sourceHash + '|productId' / '|ownerId').
// row.twin: see write/upsert-people.
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
     CASE WHEN row.productId IS NOT NULL AND p IS NULL THEN ['productId'] ELSE [] END +
     CASE WHEN row.ownerId IS NOT NULL AND t IS NULL THEN ['ownerId'] ELSE [] END AS missing
WITH collect(CASE WHEN a IS NULL THEN {ref: row.ref, outcome: 'rejected', missing: ['accountId'] + missing} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, a: a, p: p, t: t, missing: missing} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, a: a, p: p, t: t, missing: missing} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a, f.p AS p, f.t AS t, f.missing AS missing
  CREATE (o:Opportunity {tenantId: $tenantId, id: row.id})
  SET o.name = row.name,
      o.type = row.type,
      o.stage = row.stage,
      o.status = row.status,
      o.amount = row.amount,
      o.closeDate = date(row.closeDate),
      o.sourceHash = row.sourceHash + reduce(s = '', m IN missing | s + '|' + m)
  // A new opportunity has no relationships: CREATE them (no stale ones to look for, no MERGE).
  CREATE (o)-[:FOR_ACCOUNT]->(a)
  FOREACH (product IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (o)-[:FOR_PRODUCT]->(product))
  FOREACH (owner IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (owner)-[:OWNS_OPPORTUNITY]->(o))
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a, k.p AS p, k.t AS t, k.missing AS missing
  WITH row, a, p, t, missing, row.sourceHash + reduce(s = '', m IN missing | s + '|' + m) AS stamp
  // MERGE, not MATCH: a twin whose first row was rejected has no node yet (then counted updated).
  MERGE (o:Opportunity {tenantId: $tenantId, id: row.id})
  WITH row, a, p, t, missing, stamp, o,
       CASE WHEN row.keepExisting OR o.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, p, t, stamp, o, outcome) {
    WITH * WHERE outcome = 'updated'
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
  RETURN collect({ref: row.ref, outcome: outcome, missing: missing}) AS outcomes
}
// One row back per batch: the counts, and only the rows with something to report.
RETURN size(fresh) AS created,
       size([k IN outcomes WHERE k.outcome = 'updated']) AS updated,
       size([k IN outcomes WHERE k.outcome = 'unchanged']) AS unchanged,
       size(rejected) AS rejected,
       rejected + [f IN fresh WHERE size(f.missing) > 0 | {ref: f.row.ref, outcome: 'created', missing: f.missing}] +
       [k IN outcomes WHERE size(k.missing) > 0] AS reported
