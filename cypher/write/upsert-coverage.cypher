// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: row.teamMemberId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
WITH row, t, a,
     CASE WHEN t IS NULL THEN ['teamMemberId'] ELSE [] END +
     CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     CASE WHEN t IS NULL OR a IS NULL THEN [] ELSE [(t)-[c:COVERS {role: row.role}]->(a) | c.sourceHash] END AS existing
WITH row, t, a, rejectedBy,
     CASE WHEN size(rejectedBy) > 0 THEN 'rejected' WHEN size(existing) = 0 THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN existing[0] = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, t, a, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (t)-[c:COVERS {role: row.role}]->(a)
  SET c.since = date(row.since), c.sourceHash = row.sourceHash
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
