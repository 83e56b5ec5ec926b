// Each account's objectives in $statuses, with the owner and the unit the owner sits in: what the
// customer wants to achieve, which an expansion's business case is told against.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})-[:HAS_OBJECTIVE]->(o:Objective {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId, id)
WHERE o.status IN $statuses
OPTIONAL MATCH (owner:Person {tenantId: $tenantId})-[:OWNS_OBJECTIVE]->(o)
WITH accountId, o, head(collect(owner)) AS owner
RETURN accountId,
       o {
         .id, .title, .metric, .targetValue, .dueDate, .status,
         accountId: accountId,
         ownerPersonId: owner.id,
         ownerName: owner.name,
         ownerBusinessUnitId: head([(owner)-[:MEMBER_OF]->(u:BusinessUnit {tenantId: $tenantId}) | u.id])
       } AS objective
ORDER BY accountId, objective.dueDate, objective.id
