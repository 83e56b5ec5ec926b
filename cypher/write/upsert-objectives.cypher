// Set-wise (round 7), as write/upsert-people: one pass of key seeks splits the batch into rows whose
// account is missing (rejected), new objectives (CREATEd with their relationships, 23-objectives'
// work and no more; created = size(fresh)) and existing ones (the careful compare of the stamp:
// updated / unchanged, stale relationships dropped). An owner not in the graph is reported
// missing and remembered in the stamp (sourceHash + '|ownerPersonId'). row.twin: see
// write/upsert-people.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.ownerPersonId})
OPTIONAL MATCH (old:Objective {tenantId: $tenantId, id: row.id})
WITH row, a, p, old,
     CASE WHEN row.ownerPersonId IS NOT NULL AND p IS NULL THEN ['ownerPersonId'] ELSE [] END AS missing
WITH collect(CASE WHEN a IS NULL THEN {ref: row.ref, outcome: 'rejected', missing: ['accountId'] + missing} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, a: a, p: p, missing: missing} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, a: a, p: p, missing: missing} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a, f.p AS p, f.missing AS missing
  CREATE (o:Objective {tenantId: $tenantId, id: row.id})
  SET o.title = row.title,
      o.metric = row.metric,
      o.targetValue = row.targetValue,
      o.dueDate = date(row.dueDate),
      o.status = row.status,
      o.sourceHash = row.sourceHash + reduce(s = '', m IN missing | s + '|' + m)
  // A new objective has no relationships: CREATE them (no stale ones to look for, no MERGE).
  CREATE (a)-[:HAS_OBJECTIVE]->(o)
  FOREACH (owner IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (owner)-[:OWNS_OBJECTIVE]->(o))
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a, k.p AS p, k.missing AS missing
  WITH row, a, p, missing, row.sourceHash + reduce(s = '', m IN missing | s + '|' + m) AS stamp
  // MERGE, not MATCH: a twin whose first row was rejected has no node yet (then counted updated).
  MERGE (o:Objective {tenantId: $tenantId, id: row.id})
  WITH row, a, p, missing, stamp, o,
       CASE WHEN row.keepExisting OR o.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, p, stamp, o, outcome) {
    WITH * WHERE outcome = 'updated'
    SET o.title = row.title,
        o.metric = row.metric,
        o.targetValue = row.targetValue,
        o.dueDate = date(row.dueDate),
        o.status = row.status,
        o.sourceHash = stamp
    WITH o, a, p
    CALL (o, a) {
      OPTIONAL MATCH (other:Account)-[old:HAS_OBJECTIVE]->(o)
      WHERE other <> a
      DELETE old
    }
    MERGE (a)-[:HAS_OBJECTIVE]->(o)
    WITH o, p
    CALL (o, p) {
      OPTIONAL MATCH (x:Person)-[old:OWNS_OBJECTIVE]->(o)
      WHERE p IS NULL OR x <> p
      DELETE old
    }
    CALL (o, p) {
      WITH * WHERE p IS NOT NULL
      MERGE (p)-[:OWNS_OBJECTIVE]->(o)
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
