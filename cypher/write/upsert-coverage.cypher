// Set-wise (round 7), as write/upsert-influences: one pass of key seeks splits the batch into rows
// with the team member or account missing (rejected), new coverage (CREATEd, 13-coverage's work
// and no more; created = size(fresh)) and existing coverage (the careful compare of the stamp:
// updated / unchanged). row.twin: the repository marks a row whose key (team member, account,
// role) an earlier row of the batch has; it takes the careful path after the CREATEs.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: row.teamMemberId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
WITH row, t, a,
     CASE WHEN t IS NULL OR a IS NULL OR row.twin IS NOT NULL THEN null
          ELSE head([(t)-[c:COVERS {role: row.role}]->(a) | c]) END AS old
WITH collect(CASE WHEN t IS NULL OR a IS NULL
                  THEN {ref: row.ref, outcome: 'rejected',
                        missing: CASE WHEN t IS NULL THEN ['teamMemberId'] ELSE [] END +
                                 CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END} END) AS rejected,
     collect(CASE WHEN t IS NOT NULL AND a IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, t: t, a: a} END) AS fresh,
     collect(CASE WHEN t IS NOT NULL AND a IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, t: t, a: a} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.t AS t, f.a AS a
  CREATE (t)-[c:COVERS {role: row.role}]->(a)
  SET c.since = date(row.since), c.sourceHash = row.sourceHash
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.t AS t, k.a AS a
  MATCH (t)-[c:COVERS {role: row.role}]->(a)
  WITH row, c, CASE WHEN row.keepExisting OR c.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, c, outcome) {
    WITH * WHERE outcome = 'updated'
    SET c.since = date(row.since), c.sourceHash = row.sourceHash
  }
  RETURN count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
         count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged
}
// One row back per batch: the counts, and only the rows with something to report (the rejected).
RETURN size(fresh) AS created, updated, unchanged, size(rejected) AS rejected, rejected AS reported
