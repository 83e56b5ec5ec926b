// Set-wise (round 7), as write/upsert-people: one pass of key seeks splits the batch into rows whose
// account is missing (rejected), new units (CREATEd with their UNIT_OF, 08-business-units' work and
// no more; created = size(fresh)) and existing ones (the careful compare of the stamp: updated /
// unchanged, a stale UNIT_OF dropped). row.twin: see write/upsert-people.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (old:BusinessUnit {tenantId: $tenantId, id: row.id})
WITH collect(CASE WHEN a IS NULL THEN {ref: row.ref, outcome: 'rejected', missing: ['accountId']} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND old IS NULL AND row.twin IS NULL THEN {row: row, a: a} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL) THEN {row: row, a: a} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a
  CREATE (u:BusinessUnit {tenantId: $tenantId, id: row.id})
  SET u.name = row.name, u.kind = row.kind, u.headcount = row.headcount, u.sourceHash = row.sourceHash
  CREATE (u)-[:UNIT_OF]->(a)
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a
  // MERGE, not MATCH: a twin whose first row was rejected has no node yet (then counted updated).
  MERGE (u:BusinessUnit {tenantId: $tenantId, id: row.id})
  WITH row, a, u,
       CASE WHEN row.keepExisting OR u.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, u, outcome) {
    WITH * WHERE outcome = 'updated'
    SET u.name = row.name, u.kind = row.kind, u.headcount = row.headcount, u.sourceHash = row.sourceHash
    WITH u, a
    CALL (u, a) {
      OPTIONAL MATCH (u)-[old:UNIT_OF]->(other:Account)
      WHERE other <> a
      DELETE old
    }
    MERGE (u)-[:UNIT_OF]->(a)
  }
  RETURN count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
         count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged
}
// One row back per batch: the counts, and only the rows with something to report (the rejected).
RETURN size(fresh) AS created, updated, unchanged, size(rejected) AS rejected, rejected AS reported
