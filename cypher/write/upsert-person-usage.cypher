// Per-person product usage readings (a per-user usage export): one PersonUsage per row, hung on
// the person it measures. A row whose person is neither in the files nor in the graph is rejected.
UNWIND $rows AS row
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.personId})
OPTIONAL MATCH (old:PersonUsage {tenantId: $tenantId, id: row.id})
WITH row, p, old, CASE WHEN p IS NULL THEN ['personId'] ELSE [] END AS rejectedBy
WITH row, p, rejectedBy, row.sourceHash AS stamp,
     CASE WHEN p IS NULL THEN 'rejected' WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, p, stamp, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (u:PersonUsage {tenantId: $tenantId, id: row.id})
  SET u.date = date(row.date),
      u.windowDays = row.windowDays,
      u.activeDays = row.activeDays,
      u.featureEvents = row.featureEvents,
      u.lastActiveOn = CASE WHEN row.lastActiveOn IS NULL THEN null ELSE date(row.lastActiveOn) END,
      u.sourceHash = stamp
  WITH u, p
  CALL (u, p) {
    OPTIONAL MATCH (other:Person)-[old:HAS_USAGE]->(u)
    WHERE other <> p
    DELETE old
  }
  MERGE (p)-[:HAS_USAGE]->(u)
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
