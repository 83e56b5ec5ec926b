UNWIND $rows AS row
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: row.personId})
OPTIONAL MATCH (o:Opportunity {tenantId: $tenantId, id: row.opportunityId})
WITH row, p, o,
     CASE WHEN p IS NULL THEN ['personId'] ELSE [] END +
     CASE WHEN o IS NULL THEN ['opportunityId'] ELSE [] END AS rejectedBy,
     CASE WHEN p IS NULL OR o IS NULL THEN [] ELSE [(p)-[r:CONTACT_ROLE {role: row.role}]->(o) | r.sourceHash] END AS existing
WITH row, p, o, rejectedBy,
     CASE WHEN size(rejectedBy) > 0 THEN 'rejected' WHEN size(existing) = 0 THEN 'created' WHEN row.keepExisting THEN 'unchanged'
          WHEN existing[0] = row.sourceHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, p, o, outcome) {
  WITH * WHERE outcome IN ['created', 'updated']
  MERGE (p)-[r:CONTACT_ROLE {role: row.role}]->(o)
  SET r.isPrimary = row.isPrimary, r.sourceHash = row.sourceHash
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, rejectedBy AS missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
