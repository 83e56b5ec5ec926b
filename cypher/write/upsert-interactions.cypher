// One lookup per node (round 3): each participant is found once, and that match both reports it
// missing and links it; the interaction itself is found once, by its MERGE, whose ON CREATE marker
// tells created from existing (its stored stamp, read before the SET, tells updated from
// unchanged). The statement returns one row: the batch's counts and only the rows with something
// to report (rejected, or a participant missing), not one row per record.
// Participants not in the graph are reported per id and remembered in the stored stamp, so the
// interaction is linked to them by a later import that brings them.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL CALL (row, a) {
  WITH * WHERE a IS NOT NULL
  CALL (row) {
    UNWIND row.teamMemberIds AS memberId
    OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
    RETURN collect(DISTINCT t) AS members, collect(CASE WHEN t IS NULL THEN 'teamMemberIds:' + memberId END) AS missingMembers
  }
  CALL (row) {
    UNWIND row.personIds AS personId
    OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: personId})
    RETURN collect(DISTINCT p) AS people, collect(CASE WHEN p IS NULL THEN 'personIds:' + personId END) AS missingPeople
  }
  WITH row, a, members, people, missingMembers + missingPeople AS missing
  WITH row, a, members, people, missing, row.sourceHash + reduce(s = '', m IN missing | s + '|' + m) AS stamp
  MERGE (i:Interaction {tenantId: $tenantId, id: row.id})
    ON CREATE SET i.importCreated = true
  WITH row, a, members, people, missing, stamp, i, i.importCreated IS NOT NULL AS created, i.sourceHash AS oldStamp
  REMOVE i.importCreated
  WITH row, a, members, people, missing, stamp, i,
       CASE WHEN created THEN 'created' WHEN row.keepExisting THEN 'unchanged'
            WHEN oldStamp = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, members, people, stamp, i, outcome) {
    WITH * WHERE outcome IN ['created', 'updated']
    SET i.type = row.type,
        i.direction = row.direction,
        i.occurredAt = datetime(row.occurredAt),
        i.durationMinutes = row.durationMinutes,
        i.subject = row.subject,
        i.sourceHash = stamp
    WITH *
    // A new interaction has no relationships: CREATE them. A MERGE would look each one up first
    // and lock both ends, so two batches in flight would queue on the same few team members
    // (PROFILE, round 5: Expand(Into) + LockingMerge LOCK(t, i) for every participant).
    CALL (i, a, members, people, outcome) {
      WITH * WHERE outcome = 'created'
      CREATE (i)-[:WITH_ACCOUNT]->(a)
      FOREACH (t IN members | CREATE (t)-[:PARTICIPATED_IN]->(i))
      FOREACH (p IN people | CREATE (p)-[:PARTICIPATED_IN]->(i))
    }
    CALL (i, a, members, people, outcome) {
      WITH * WHERE outcome = 'updated'
      CALL (i, a) {
        OPTIONAL MATCH (i)-[old:WITH_ACCOUNT]->(other:Account)
        WHERE other <> a
        DELETE old
      }
      MERGE (i)-[:WITH_ACCOUNT]->(a)
      WITH *
      CALL (i, members, people) {
        OPTIONAL MATCH (x)-[old:PARTICIPATED_IN]->(i)
        WHERE (x:TeamMember AND NOT x IN members) OR (x:Person AND NOT x IN people)
        DELETE old
      }
      FOREACH (t IN members | MERGE (t)-[:PARTICIPATED_IN]->(i))
      FOREACH (p IN people | MERGE (p)-[:PARTICIPATED_IN]->(i))
    }
  }
  RETURN outcome, missing
}
WITH row, coalesce(outcome, 'rejected') AS outcome, coalesce(missing, ['accountId']) AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
