// Participants not in the graph are reported per id and remembered in the stored stamp, so the
// interaction is linked to them by a later import that brings them.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (old:Interaction {tenantId: $tenantId, id: row.id})
WITH row, a, old,
     CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy,
     [memberId IN row.teamMemberIds
      WHERE NOT EXISTS { MATCH (:TeamMember {tenantId: $tenantId, id: memberId}) } | 'teamMemberIds:' + memberId] +
     [personId IN row.personIds
      WHERE NOT EXISTS { MATCH (:Person {tenantId: $tenantId, id: personId}) } | 'personIds:' + personId] AS missing
WITH row, a, old, rejectedBy, missing, row.sourceHash + reduce(s = '', m IN missing | s + '|' + m) AS stamp
WITH row, a, rejectedBy, missing, stamp,
     CASE WHEN a IS NULL THEN 'rejected' WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, a, stamp, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (i:Interaction {tenantId: $tenantId, id: row.id})
  SET i.type = row.type,
      i.direction = row.direction,
      i.occurredAt = datetime(row.occurredAt),
      i.durationMinutes = row.durationMinutes,
      i.subject = row.subject,
      i.sourceHash = stamp
  WITH i, a, row, outcome
  CALL (i, a, outcome) {
    WITH * WHERE outcome = 'updated'
    OPTIONAL MATCH (i)-[old:WITH_ACCOUNT]->(other:Account)
    WHERE other <> a
    DELETE old
  }
  MERGE (i)-[:WITH_ACCOUNT]->(a)
  WITH i, row, outcome
  CALL (i, row, outcome) {
    WITH * WHERE outcome = 'updated'
    OPTIONAL MATCH (t:TeamMember)-[old:PARTICIPATED_IN]->(i)
    WHERE NOT t.id IN row.teamMemberIds
    DELETE old
  }
  CALL (i, row, outcome) {
    WITH * WHERE outcome = 'updated'
    OPTIONAL MATCH (p:Person)-[old:PARTICIPATED_IN]->(i)
    WHERE NOT p.id IN row.personIds
    DELETE old
  }
  CALL (i, row) {
    UNWIND row.teamMemberIds AS memberId
    MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
    MERGE (t)-[:PARTICIPATED_IN]->(i)
  }
  CALL (i, row) {
    UNWIND row.personIds AS personId
    MATCH (p:Person {tenantId: $tenantId, id: personId})
    MERGE (p)-[:PARTICIPATED_IN]->(i)
  }
}
RETURN row.ref AS ref, outcome, rejectedBy + missing AS missing
