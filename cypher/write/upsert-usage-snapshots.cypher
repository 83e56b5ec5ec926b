// Columns, not rows (round 8): see write/upsert-interactions; this WITH names the row's fields.
UNWIND range(0, size($columns.id) - 1) AS n
WITH {ref: $columns.ref[n], id: $columns.id[n], activeSeats: $columns.activeSeats[n],
      businessUnitId: $columns.businessUnitId[n], date: $columns.date[n],
      featuresAdopted: $columns.featuresAdopted[n],
      featuresAvailable: $columns.featuresAvailable[n], licensedSeats: $columns.licensedSeats[n],
      subscriptionId: $columns.subscriptionId[n], sourceHash: $columns.sourceHash[n],
      keepExisting: $columns.keepExisting[n], twin: $columns.twin[n]} AS row
OPTIONAL MATCH (s:Subscription {tenantId: $tenantId, id: row.subscriptionId})
OPTIONAL MATCH (b:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
OPTIONAL MATCH (old:UsageSnapshot {tenantId: $tenantId, id: row.id})
WITH row, s, b, old,
     CASE WHEN s IS NULL THEN ['subscriptionId'] ELSE [] END AS rejectedBy,
     CASE WHEN row.businessUnitId IS NOT NULL AND b IS NULL THEN ['businessUnitId'] ELSE [] END AS missing
WITH row, s, b, old, rejectedBy, missing, row.sourceHash + reduce(x = '', f IN missing | x + '|' + f) AS stamp
WITH row, s, b, rejectedBy, missing, stamp,
     CASE WHEN s IS NULL THEN 'rejected' WHEN old IS NULL AND row.twin IS NULL THEN 'created'
          WHEN old IS NULL THEN 'updated' WHEN row.keepExisting THEN 'unchanged'
          WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
// A created row's node is new, so it has no relationships: CREATE them, with no stale ones to look
// for and no MERGE (round 6; Expand(Into) + LockingMerge per relationship, PROFILE round 5). A row
// whose id an earlier row of the batch has (row.twin, marked by the repository) takes the
// updated path, whose MERGE finds the node that row created.
CALL (row, s, b, stamp, outcome) {
  WITH * WHERE outcome = 'created'
  CREATE (u:UsageSnapshot {tenantId: $tenantId, id: row.id})
  SET u.date = date(row.date),
      u.licensedSeats = row.licensedSeats,
      u.activeSeats = row.activeSeats,
      u.featuresAdopted = row.featuresAdopted,
      u.featuresAvailable = row.featuresAvailable,
      u.sourceHash = stamp
  CREATE (s)-[:HAS_USAGE]->(u)
  FOREACH (unit IN CASE WHEN b IS NULL THEN [] ELSE [b] END | CREATE (u)-[:FOR_UNIT]->(unit))
}
CALL (row, s, b, stamp, outcome) {
  WITH * WHERE outcome = 'updated'
  MERGE (u:UsageSnapshot {tenantId: $tenantId, id: row.id})
  SET u.date = date(row.date),
      u.licensedSeats = row.licensedSeats,
      u.activeSeats = row.activeSeats,
      u.featuresAdopted = row.featuresAdopted,
      u.featuresAvailable = row.featuresAvailable,
      u.sourceHash = stamp
  WITH u, s, b
  CALL (u, s) {
    OPTIONAL MATCH (other:Subscription)-[old:HAS_USAGE]->(u)
    WHERE other <> s
    DELETE old
  }
  MERGE (s)-[:HAS_USAGE]->(u)
  WITH u, b
  CALL (u, b) {
    OPTIONAL MATCH (u)-[old:FOR_UNIT]->(x:BusinessUnit)
    WHERE b IS NULL OR x <> b
    DELETE old
  }
  CALL (u, b) {
    WITH * WHERE b IS NOT NULL
    MERGE (u)-[:FOR_UNIT]->(b)
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
