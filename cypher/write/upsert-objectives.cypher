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
     CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     CASE WHEN row.ownerPersonId IS NOT NULL AND p IS NULL THEN ['ownerPersonId'] ELSE [] END AS missing
WITH row, a, p, old, rejectedBy, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
WITH row, a, p, rejectedBy, missing, stamp,
     CASE WHEN a IS NULL THEN 'rejected' WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, a, p, stamp, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (o:Objective {tenantId: $tenantId, id: row.id})
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
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy + missing AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
