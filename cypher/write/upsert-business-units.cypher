// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (old:BusinessUnit {tenantId: $tenantId, id: row.id})
WITH row, a, CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     CASE WHEN a IS NULL THEN 'rejected' WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, a, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (u:BusinessUnit {tenantId: $tenantId, id: row.id})
  SET u.name = row.name, u.kind = row.kind, u.headcount = row.headcount, u.sourceHash = row.sourceHash
  WITH u, a
  CALL (u, a) {
    OPTIONAL MATCH (u)-[old:UNIT_OF]->(other:Account)
    WHERE other <> a
    DELETE old
  }
  MERGE (u)-[:UNIT_OF]->(a)
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
