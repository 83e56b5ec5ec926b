// A manager later in the file is not there yet: reported missing, linked by link-team-managers.
UNWIND $rows AS row
OPTIONAL MATCH (m:TeamMember {tenantId: $tenantId, id: row.managerId})
OPTIONAL MATCH (old:TeamMember {tenantId: $tenantId, id: row.id})
WITH row, m, old, CASE WHEN row.managerId IS NOT NULL AND m IS NULL THEN ['managerId'] ELSE [] END AS missing
WITH row, m, old, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
WITH row, m, missing, stamp,
     CASE WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged' WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, m, stamp, outcome) {
  WITH * WHERE outcome <> 'unchanged'
  MERGE (t:TeamMember {tenantId: $tenantId, id: row.id})
  SET t.name = row.name, t.email = row.email, t.title = row.title, t.sourceHash = stamp
  WITH t, m
  CALL (t, m) {
    OPTIONAL MATCH (t)-[old:REPORTS_TO]->(x:TeamMember)
    WHERE m IS NULL OR x <> m
    DELETE old
  }
  CALL (t, m) {
    WITH * WHERE m IS NOT NULL
    MERGE (t)-[:REPORTS_TO]->(m)
  }
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
