// One lookup per node and one row back per batch, as write/upsert-interactions (round 3).
// A manager later in the file is not there yet: reported missing, linked by link-people-managers.
// USING INDEX SEEK: planned on a near-empty store, Neo4j may pick the single-property account_tenant
// index and filter every account of the tenant for each row (PROFILE: 618 db hits per row at 300
// accounts, growing with the portfolio); the (tenantId, id) key is one seek. SEEK, not just
// INDEX: with the latter the planner scanned that index whole for the parent of link-account-parents.
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
OPTIONAL CALL (row, a) {
  WITH * WHERE a IS NOT NULL
  OPTIONAL MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.businessUnitId})
  OPTIONAL MATCH (m:Person {tenantId: $tenantId, id: row.reportsToId})
  WITH row, a, u, m,
       CASE WHEN row.businessUnitId IS NOT NULL AND u IS NULL THEN ['businessUnitId'] ELSE [] END +
       CASE WHEN row.reportsToId IS NOT NULL AND m IS NULL THEN ['reportsToId'] ELSE [] END AS missing
  WITH row, a, u, m, missing, row.sourceHash + reduce(s = '', f IN missing | s + '|' + f) AS stamp
  MERGE (p:Person {tenantId: $tenantId, id: row.id})
    ON CREATE SET p.importCreated = true
  WITH row, a, u, m, missing, stamp, p, p.importCreated IS NOT NULL AS created, p.sourceHash AS oldStamp
  REMOVE p.importCreated
  WITH row, a, u, m, missing, stamp, p,
       CASE WHEN created THEN 'created' WHEN row.keepExisting THEN 'unchanged'
            WHEN oldStamp = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, a, u, m, stamp, p, outcome) {
    WITH * WHERE outcome IN ['created', 'updated']
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
    // A new person has no relationships: CREATE them. A MERGE would look each one up first and
    // lock both ends (PROFILE, round 5: Expand(Into) + LockingMerge LOCK(p, a) per relationship).
    CALL (p, a, u, m, outcome) {
      WITH * WHERE outcome = 'created'
      CREATE (p)-[:WORKS_AT]->(a)
      FOREACH (unit IN CASE WHEN u IS NULL THEN [] ELSE [u] END | CREATE (p)-[:MEMBER_OF]->(unit))
      FOREACH (manager IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (p)-[:REPORTS_TO]->(manager))
    }
    // An updated one: drop what no longer holds, MERGE what does.
    CALL (p, a, u, m, outcome) {
      WITH * WHERE outcome = 'updated'
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
