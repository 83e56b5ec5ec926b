// Present in the whole account (no unit) or in one business unit: the unit id is part of the key.
// Set-wise (round 7), as write/upsert-influences: one pass of key seeks splits the batch into rows
// with the account or competitor missing (rejected), new presence (CREATEd, 22-competitor-
// presence's work and no more; created = size(fresh)) and existing presence (the careful compare
// of the stamp: updated / unchanged). row.twin: the repository marks a row whose key (account,
// competitor, unit) an earlier row of the batch has; it takes the careful path after the CREATEs.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (c:Competitor {tenantId: $tenantId, id: row.competitorId})
WITH row, a, c, coalesce(row.businessUnitId, '') AS unit
WITH row, a, c, unit,
     CASE WHEN a IS NULL OR c IS NULL OR row.twin IS NOT NULL THEN null
          ELSE head([(a)-[r:USES_COMPETITOR {businessUnitId: unit}]->(c) | r]) END AS old
WITH collect(CASE WHEN a IS NULL OR c IS NULL
                  THEN {ref: row.ref, outcome: 'rejected',
                        missing: CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END +
                                 CASE WHEN c IS NULL THEN ['competitorId'] ELSE [] END} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND c IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, a: a, c: c, unit: unit} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND c IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, a: a, c: c, unit: unit} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a, f.c AS c, f.unit AS unit
  CREATE (a)-[r:USES_COMPETITOR {businessUnitId: unit}]->(c)
  SET r.since = date(row.since), r.sourceHash = row.sourceHash
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a, k.c AS c, k.unit AS unit
  MATCH (a)-[r:USES_COMPETITOR {businessUnitId: unit}]->(c)
  WITH row, r, CASE WHEN row.keepExisting OR r.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, r, outcome) {
    WITH * WHERE outcome = 'updated'
    SET r.since = date(row.since), r.sourceHash = row.sourceHash
  }
  RETURN count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
         count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged
}
// One row back per batch: the counts, and only the rows with something to report (the rejected).
RETURN size(fresh) AS created, updated, unchanged, size(rejected) AS rejected, rejected AS reported
