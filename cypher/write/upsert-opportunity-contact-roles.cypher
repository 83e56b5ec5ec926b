// Set-wise (round 7), as write/upsert-influences: one pass of key seeks splits the batch into rows
// with the person or opportunity missing (rejected), new contact roles (CREATEd, 21-opportunity-
// contact-roles' work and no more; created = size(fresh)) and existing ones (the careful compare
// of the stamp: updated / unchanged). row.twin: the repository marks a row whose key (person,
// opportunity, role) an earlier row of the batch has; it takes the careful path after the CREATEs.
UNWIND $rows AS row
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.personId})
OPTIONAL MATCH (o:Opportunity {tenantId: $tenantId, id: row.opportunityId})
WITH row, p, o,
     CASE WHEN p IS NULL OR o IS NULL OR row.twin IS NOT NULL THEN null
          ELSE head([(p)-[r:CONTACT_ROLE {role: row.role}]->(o) | r]) END AS old
WITH collect(CASE WHEN p IS NULL OR o IS NULL
                  THEN {ref: row.ref, outcome: 'rejected',
                        missing: CASE WHEN p IS NULL THEN ['personId'] ELSE [] END +
                                 CASE WHEN o IS NULL THEN ['opportunityId'] ELSE [] END} END) AS rejected,
     collect(CASE WHEN p IS NOT NULL AND o IS NOT NULL AND old IS NULL AND row.twin IS NULL
                  THEN {row: row, p: p, o: o} END) AS fresh,
     collect(CASE WHEN p IS NOT NULL AND o IS NOT NULL AND (old IS NOT NULL OR row.twin IS NOT NULL)
                  THEN {row: row, p: p, o: o} END) AS known
CALL (fresh) {
  UNWIND fresh AS f
  WITH f.row AS row, f.p AS p, f.o AS o
  CREATE (p)-[r:CONTACT_ROLE {role: row.role}]->(o)
  SET r.isPrimary = row.isPrimary, r.sourceHash = row.sourceHash
}
CALL (known) {
  UNWIND known AS k
  WITH k.row AS row, k.p AS p, k.o AS o
  MATCH (p)-[r:CONTACT_ROLE {role: row.role}]->(o)
  WITH row, r, CASE WHEN row.keepExisting OR r.sourceHash = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, r, outcome) {
    WITH * WHERE outcome = 'updated'
    SET r.isPrimary = row.isPrimary, r.sourceHash = row.sourceHash
  }
  RETURN count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
         count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged
}
// One row back per batch: the counts, and only the rows with something to report (the rejected).
RETURN size(fresh) AS created, updated, unchanged, size(rejected) AS rejected, rejected AS reported
