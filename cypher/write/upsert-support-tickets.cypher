// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
// Columns, not rows (round 8): see write/upsert-interactions; this WITH names the row's fields.
UNWIND range(0, size($columns.id) - 1) AS n
WITH {ref: $columns.ref[n], id: $columns.id[n], accountId: $columns.accountId[n],
      closedAt: $columns.closedAt[n], escalated: $columns.escalated[n],
      openedAt: $columns.openedAt[n], raisedById: $columns.raisedById[n],
      sentiment: $columns.sentiment[n], severity: $columns.severity[n], status: $columns.status[n],
      subject: $columns.subject[n], sourceHash: $columns.sourceHash[n],
      keepExisting: $columns.keepExisting[n], twin: $columns.twin[n]} AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.raisedById})
OPTIONAL MATCH (old:SupportTicket {tenantId: $tenantId, id: row.id})
WITH row, a, p, old,
     CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     CASE WHEN row.raisedById IS NOT NULL AND p IS NULL THEN ['raisedById'] ELSE [] END AS missing
WITH row, a, p, old, rejectedBy, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
WITH row, a, p, rejectedBy, missing, stamp,
     CASE WHEN a IS NULL THEN 'rejected' WHEN old IS NULL AND row.twin IS NULL THEN 'created'
          WHEN old IS NULL THEN 'updated' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
// A created row's node is new, so it has no relationships: CREATE them, with no stale ones to look
// for and no MERGE (round 6; Expand(Into) + LockingMerge per relationship, PROFILE round 5). A row
// whose id an earlier row of the batch has (row.twin, marked by the repository) takes the
// updated path, whose MERGE finds the node that row created.
CALL (row, a, p, stamp, outcome) {
  WITH * WHERE outcome = 'created'
  CREATE (t:SupportTicket {tenantId: $tenantId, id: row.id})
  SET t.subject = row.subject,
      t.severity = row.severity,
      t.status = row.status,
      t.sentiment = row.sentiment,
      t.escalated = row.escalated,
      t.openedAt = datetime(row.openedAt),
      t.closedAt = datetime(row.closedAt),
      t.sourceHash = stamp
  CREATE (t)-[:FOR_ACCOUNT]->(a)
  FOREACH (person IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (t)-[:RAISED_BY]->(person))
}
CALL (row, a, p, stamp, outcome) {
  WITH * WHERE outcome = 'updated'
  MERGE (t:SupportTicket {tenantId: $tenantId, id: row.id})
  SET t.subject = row.subject,
      t.severity = row.severity,
      t.status = row.status,
      t.sentiment = row.sentiment,
      t.escalated = row.escalated,
      t.openedAt = datetime(row.openedAt),
      t.closedAt = datetime(row.closedAt),
      t.sourceHash = stamp
  WITH t, a, p
  CALL (t, a) {
    OPTIONAL MATCH (t)-[old:FOR_ACCOUNT]->(other:Account)
    WHERE other <> a
    DELETE old
  }
  MERGE (t)-[:FOR_ACCOUNT]->(a)
  WITH t, p
  CALL (t, p) {
    OPTIONAL MATCH (t)-[old:RAISED_BY]->(x:Person)
    WHERE p IS NULL OR x <> p
    DELETE old
  }
  CALL (t, p) {
    WITH * WHERE p IS NOT NULL
    MERGE (t)-[:RAISED_BY]->(p)
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
