// Set-wise (round 6), as write/upsert-interactions: one pass of key seeks finds each row's account,
// business unit and person and splits the batch into rejected (account missing), new and existing
// rows. New people take a CREATE path doing LOAD CSV's work (09-people), their managers linked
// after the whole batch is created (as 10-people-managers does), so a manager anywhere in the batch
// is found; no created-marker property, no per-row outcome. Existing rows keep the careful path.
// A manager not in the graph yet (later in the file, or in a batch still in flight) is reported
// missing and remembered in the stamp; link-people-managers links it after the kind.
// The stamp is sourceHash + '|businessUnitId' if that is missing + '|reportsToId' if that is:
// the manager pass appends the last part, so the string equals the careful path's.
// row.twin: see write/upsert-interactions.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek.
// Columns, not rows (round 8): see write/upsert-interactions; this WITH names the row's fields.
UNWIND range(0, size($columns.id) - 1) AS n
WITH {ref: $columns.ref[n], id: $columns.id[n], accountId: $columns.accountId[n],
      businessUnitId: $columns.businessUnitId[n], departedAt: $columns.departedAt[n],
      department: $columns.department[n], email: $columns.email[n], name: $columns.name[n],
      reportsToId: $columns.reportsToId[n], seniority: $columns.seniority[n],
      startedAt: $columns.startedAt[n], status: $columns.status[n], title: $columns.title[n],
      sourceHash: $columns.sourceHash[n], keepExisting: $columns.keepExisting[n],
      twin: $columns.twin[n]} AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.id})
OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
WITH row, a, p, u,
     CASE WHEN row.businessUnitId IS NOT NULL AND u IS NULL THEN ['businessUnitId'] ELSE [] END AS missing
WITH collect(CASE WHEN a IS NULL THEN {ref: row.ref, outcome: 'rejected', missing: ['accountId']} END) AS rejected,
     collect(CASE WHEN a IS NOT NULL AND p IS NULL AND row.twin IS NULL THEN {row: row, a: a, u: u, missing: missing} END) AS fresh,
     collect(CASE WHEN a IS NOT NULL AND (p IS NOT NULL OR row.twin IS NOT NULL) THEN {row: row, a: a, u: u, missing: missing} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.a AS a, f.u AS u, f.missing AS missing
  CREATE (p:Person {tenantId: $tenantId, id: row.id})
  SET p.name = row.name,
      p.email = row.email,
      p.title = row.title,
      p.seniority = row.seniority,
      p.department = row.department,
      p.status = row.status,
      p.startedAt = date(row.startedAt),
      p.departedAt = date(row.departedAt),
      p.sourceHash = row.sourceHash + reduce(s = '', m IN missing | s + '|' + m)
  // A new person has no relationships: CREATE them (a MERGE would look each one up first and lock
  // both ends: Expand(Into) + LockingMerge per relationship, PROFILE round 5).
  CREATE (p)-[:WORKS_AT]->(a)
  FOREACH (unit IN CASE WHEN u IS NULL THEN [] ELSE [u] END | CREATE (p)-[:MEMBER_OF]->(unit))
  RETURN collect(CASE WHEN row.reportsToId IS NOT NULL THEN {p: p, managerId: row.reportsToId, ref: row.ref} END) AS managed
}
// Managers of the new people, now that the whole batch is in the graph.
CALL (managed) {
  UNWIND managed AS x
  WITH x.p AS p, x.managerId AS managerId, x.ref AS ref
  OPTIONAL MATCH (m:Person {tenantId: $tenantId, id: managerId})
  FOREACH (manager IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (p)-[:REPORTS_TO]->(manager))
  FOREACH (absent IN CASE WHEN m IS NULL THEN [1] ELSE [] END | SET p.sourceHash = p.sourceHash + '|reportsToId')
  RETURN collect(CASE WHEN m IS NULL THEN ref END) AS managerless
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.a AS a, k.u AS u, k.missing AS missing
  OPTIONAL MATCH (m:Person {tenantId: $tenantId, id: row.reportsToId})
  WITH row, a, u, m, missing + CASE WHEN row.reportsToId IS NOT NULL AND m IS NULL THEN ['reportsToId'] ELSE [] END AS missing
  WITH row, a, u, m, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
  // MERGE, not MATCH: a twin whose first row was rejected has no node yet (then counted updated).
  MERGE (p:Person {tenantId: $tenantId, id: row.id})
  WITH row, a, u, m, missing, stamp, p,
       CASE WHEN row.keepExisting OR p.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, u, m, stamp, p, outcome) {
    WITH * WHERE outcome = 'updated'
    SET p.name = row.name,
        p.email = row.email,
        p.title = row.title,
        p.seniority = row.seniority,
        p.department = row.department,
        p.status = row.status,
        p.startedAt = date(row.startedAt),
        p.departedAt = date(row.departedAt),
        p.sourceHash = stamp
    WITH *
    // Drop what no longer holds, MERGE what does.
    CALL (p, a, u, m) {
      OPTIONAL MATCH (p)-[old:WORKS_AT|MEMBER_OF|REPORTS_TO]->(x)
      WHERE (type(old) = 'WORKS_AT' AND x <> a) OR (type(old) = 'MEMBER_OF' AND (u IS NULL OR x <> u)) OR
            (type(old) = 'REPORTS_TO' AND (m IS NULL OR x <> m))
      DELETE old
    }
    MERGE (p)-[:WORKS_AT]->(a)
    FOREACH (unit IN CASE WHEN u IS NULL THEN [] ELSE [u] END | MERGE (p)-[:MEMBER_OF]->(unit))
    FOREACH (manager IN CASE WHEN m IS NULL THEN [] ELSE [m] END | MERGE (p)-[:REPORTS_TO]->(manager))
  }
  RETURN collect({ref: row.ref, outcome: outcome, missing: missing}) AS outcomes
}
RETURN size(fresh) AS created,
       size([k IN outcomes WHERE k.outcome = 'updated']) AS updated,
       size([k IN outcomes WHERE k.outcome = 'unchanged']) AS unchanged,
       size(rejected) AS rejected,
       rejected +
       [f IN fresh WHERE size(f.missing) > 0 OR f.row.ref IN managerless |
        {ref: f.row.ref, outcome: 'created',
         missing: f.missing + CASE WHEN f.row.ref IN managerless THEN ['reportsToId'] ELSE [] END}] +
       [k IN outcomes WHERE size(k.missing) > 0] AS reported
