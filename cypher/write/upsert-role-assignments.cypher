// A role's history is kept: the same person, account, role and start date is one assignment.
// Existing assignments are found by expanding from the person to the account (a few each), never
// through the plays_role_role index: that index holds every assignment of the role in the whole
// database, and the planner served both the lookup and a MERGE on {role, since} from it, so each
// row cost more as the graph grew (PROFILE: ~500 db hits per row at 4,600 assignments, a batch of
// 2,000 taking 7 s). A new assignment is therefore CREATEd; the one found is updated in place.
// The role and date are filtered after the expansion, not in the pattern: a WHERE inside the
// pattern lets the planner serve it from that index again.
// Set-wise (round 7), as write/upsert-people: one pass of key seeks splits the batch into rows with
// the person or account missing (rejected), new assignments (CREATEd, created = size(fresh)) and
// existing ones (the careful compare of the stamp: updated / unchanged). row.twin: the repository
// marks a row whose key (person, account, role, since) an earlier row of the batch has; it takes
// the careful path, after the CREATEs, and finds the assignment its first row made (the first row
// has the same person and account, so it is never rejected alone).
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row; the (tenantId, id) key is one seek.
UNWIND $rows AS row
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.personId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
WITH row, p, a, date(row.since) AS since
WITH row, p, a, since,
     CASE WHEN p IS NULL OR a IS NULL OR row.twin IS NOT NULL THEN null
          ELSE head([y IN [(p)-[x:PLAYS_ROLE]->(a) | x] WHERE y.role = row.role AND y.since = since]) END AS old
WITH collect(CASE WHEN p IS NULL OR a IS NULL
                  THEN {ref: row.ref, outcome: 'rejected',
                        missing: CASE WHEN p IS NULL THEN ['personId'] ELSE [] END +
                                 CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END} END) AS rejected,
     collect(CASE WHEN p IS NOT NULL AND a IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, p: p, a: a, since: since} END) AS fresh,
     collect(CASE WHEN p IS NOT NULL AND a IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, p: p, a: a, since: since} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.p AS p, f.a AS a, f.since AS since
  CREATE (p)-[r:PLAYS_ROLE {role: row.role, since: since}]->(a)
  SET r.until = date(row.until), r.source = row.source, r.sourceHash = row.sourceHash
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.p AS p, k.a AS a, k.since AS since
  WITH row, head([y IN [(p)-[x:PLAYS_ROLE]->(a) | x] WHERE y.role = row.role AND y.since = since]) AS r
  WITH row, r, CASE WHEN row.keepExisting OR r.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, r, outcome) {
    WITH * WHERE outcome = 'updated'
    SET r.until = date(row.until), r.source = row.source, r.sourceHash = row.sourceHash
  }
  RETURN count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
         count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged
}
// One row back per batch: the counts, and only the rows with something to report (the rejected).
RETURN size(fresh) AS created, updated, unchanged, size(rejected) AS rejected, rejected AS reported
