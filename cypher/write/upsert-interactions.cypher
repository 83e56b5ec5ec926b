// Set-wise (round 6): one pass of key seeks splits the batch into rows whose account is missing
// (rejected), rows whose interaction is new, and rows whose interaction exists. New ones take a
// CREATE path that does LOAD CSV's work and nothing more: no created-marker property written and
// removed, no per-row outcome, no per-row UNWIND ... collect of participants; their count is
// size(fresh). Participants not in the graph are found once per batch (each distinct id looked up
// once), and each row's missing ones are that set's intersection with its lists. Existing rows
// keep the careful path (stamp compare -> updated/unchanged, stale relationships dropped).
// PROFILE, round 5: the per-row reporting was about half of this statement's Neo4j time.
// Participants not in the graph are reported per id and remembered in the stored stamp, so the
// interaction is linked to them by a later import that brings them.
// row.twin: the repository marks a row whose id an earlier row of the batch has; it takes the
// careful path (found again after the CREATEs), so a repeated id never CREATEs twice.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek.
// Columns, not rows (round 8): the batch comes as one list per field ($columns.id, $columns.type,
// ..., all of one length, built by the repository), so each field's name crosses Bolt once per
// batch, not once per row: 184 bytes a row packed against 287 as a map per row (docs/scale.md).
// This WITH is the one place a row's fields are named.
UNWIND range(0, size($columns.id) - 1) AS n
WITH {ref: $columns.ref[n], id: $columns.id[n], accountId: $columns.accountId[n], type: $columns.type[n],
      direction: $columns.direction[n], occurredAt: $columns.occurredAt[n],
      durationMinutes: $columns.durationMinutes[n], subject: $columns.subject[n],
      teamMemberIds: $columns.teamMemberIds[n], personIds: $columns.personIds[n],
      sourceHash: $columns.sourceHash[n], keepExisting: $columns.keepExisting[n], twin: $columns.twin[n]} AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (i:Interaction {tenantId: $tenantId, id: row.id})
WITH collect(CASE WHEN a IS NULL THEN {ref: row.ref, outcome: 'rejected', missing: ['accountId']} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND i IS NULL AND row.twin IS NULL THEN {row: row, a: a} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND (i IS NOT NULL OR row.twin IS NOT NULL) THEN {row: row, a: a} END) AS known
CALL () {
  UNWIND $columns.teamMemberIds AS memberIds
  UNWIND memberIds AS memberId
  WITH DISTINCT memberId
  OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
  WITH memberId, t WHERE t IS NULL
  RETURN collect(memberId) AS absentMembers
}
CALL () {
  UNWIND $columns.personIds AS personIds
  UNWIND personIds AS personId
  WITH DISTINCT personId
  OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: personId})
  WITH personId, p WHERE p IS NULL
  RETURN collect(personId) AS absentPeople
}
WITH rejected, known, absentMembers, absentPeople,
     [f IN fresh | f {.*, missing: [m IN f.row.teamMemberIds WHERE m IN absentMembers | 'teamMemberIds:' + m] +
                                   [p IN f.row.personIds WHERE p IN absentPeople | 'personIds:' + p]}] AS fresh
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a, f.missing AS missing
  CREATE (i:Interaction {tenantId: $tenantId, id: row.id})
  SET i.type = row.type,
      i.direction = row.direction,
      i.occurredAt = datetime(row.occurredAt),
      i.durationMinutes = row.durationMinutes,
      i.subject = row.subject,
      i.sourceHash = row.sourceHash + reduce(s = '', m IN missing | s + '|' + m)
  // A new interaction has no relationships: CREATE them (a MERGE would look each one up first and
  // lock both ends: Expand(Into) + LockingMerge per participant, PROFILE round 5).
  CREATE (i)-[:WITH_ACCOUNT]->(a)
  WITH i, row
  CALL (i, row) {
    UNWIND row.teamMemberIds AS memberId
    WITH DISTINCT i, memberId
    MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
    CREATE (t)-[:PARTICIPATED_IN]->(i)
  }
  CALL (i, row) {
    UNWIND row.personIds AS personId
    WITH DISTINCT i, personId
    MATCH (p:Person {tenantId: $tenantId, id: personId})
    CREATE (p)-[:PARTICIPATED_IN]->(i)
  }
}
CALL (known, absentMembers, absentPeople) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a,
       [m IN k.row.teamMemberIds WHERE m IN absentMembers | 'teamMemberIds:' + m] +
       [p IN k.row.personIds WHERE p IN absentPeople | 'personIds:' + p] AS missing
  WITH row, a, missing, row.sourceHash + reduce(s = '', m IN missing | s + '|' + m) AS stamp
  // MERGE, not MATCH: a twin whose first row was rejected has no node yet (then counted updated).
  MERGE (i:Interaction {tenantId: $tenantId, id: row.id})
  WITH row, a, missing, stamp, i,
       CASE WHEN row.keepExisting OR i.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, stamp, i, outcome) {
    WITH * WHERE outcome = 'updated'
    CALL (row) {
      UNWIND row.teamMemberIds AS memberId
      OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
      RETURN collect(DISTINCT t) AS members
    }
    CALL (row) {
      UNWIND row.personIds AS personId
      OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: personId})
      RETURN collect(DISTINCT p) AS people
    }
    SET i.type = row.type,
        i.direction = row.direction,
        i.occurredAt = datetime(row.occurredAt),
        i.durationMinutes = row.durationMinutes,
        i.subject = row.subject,
        i.sourceHash = stamp
    WITH *
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
  RETURN collect({ref: row.ref, outcome: outcome, missing: missing}) AS outcomes
}
RETURN size(fresh) AS created,
       size([k IN outcomes WHERE k.outcome = 'updated']) AS updated,
       size([k IN outcomes WHERE k.outcome = 'unchanged']) AS unchanged,
       size(rejected) AS rejected,
       rejected + [f IN fresh WHERE size(f.missing) > 0 | {ref: f.row.ref, outcome: 'created', missing: f.missing}] +
       [k IN outcomes WHERE size(k.missing) > 0] AS reported
