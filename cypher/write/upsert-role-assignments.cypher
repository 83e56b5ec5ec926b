// A role's history is kept: the same person, account, role and start date is one assignment.
// Existing assignments are found by expanding from the person to the account (a few each), never
// through the plays_role_role index: that index holds every assignment of the role in the whole
// database, and the planner served both the lookup and a MERGE on {role, since} from it, so each
// row cost more as the graph grew (PROFILE: ~500 db hits per row at 4,600 assignments, a batch of
// 2,000 taking 7 s). A new assignment is therefore CREATEd, after a second look from the person so
// that two equal rows in one batch still make one; the one found is updated in place.
UNWIND $rows AS row
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.personId})
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
WITH row, p, a, date(row.since) AS since,
     CASE WHEN p IS NULL THEN ['personId'] ELSE [] END + CASE WHEN a IS NULL THEN ['accountId'] ELSE [] END AS rejectedBy
WITH row, p, a, since, rejectedBy,
     CASE WHEN p IS NULL OR a IS NULL THEN []
          ELSE [r IN [(p)-[x:PLAYS_ROLE]->(a) | x] WHERE r.role = row.role AND r.since = since] END AS existing
WITH row, p, a, since, rejectedBy, existing,
     CASE WHEN size(rejectedBy) > 0 THEN 'rejected' WHEN size(existing) = 0 THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN existing[0].sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, p, a, since, outcome) {
  WITH * WHERE outcome = 'created'
    AND none(r IN [(p)-[x:PLAYS_ROLE]->(a) | x] WHERE r.role = row.role AND r.since = since)
  CREATE (p)-[r:PLAYS_ROLE {role: row.role, since: since}]->(a)
  SET r.until = date(row.until), r.source = row.source, r.sourceHash = row.sourceHash
}
CALL (row, existing, outcome) {
  WITH * WHERE outcome = 'updated'
  WITH row, existing[0] AS r
  SET r.until = date(row.until), r.source = row.source, r.sourceHash = row.sourceHash
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
