// The customer's stated objectives for one account, whatever their status, with who owns each
// (and whether that person is still there): the plan's "objectives and vision" and the briefing's
// achievements read them. Starts from the account by its key.
MATCH (a:Account {tenantId: $tenantId, id: $accountId})-[:HAS_OBJECTIVE]->(o:Objective)
OPTIONAL MATCH (owner:Person)-[:OWNS_OBJECTIVE]->(o)
OPTIONAL MATCH (owner)-[:MEMBER_OF]->(unit:BusinessUnit)
RETURN o {
         .id, .title, .metric, .targetValue, .dueDate, .status,
         owner: CASE WHEN owner IS NULL THEN null ELSE owner {
           .id, .name, .title, .seniority, .status, .department,
           businessUnitId: unit.id, businessUnitName: unit.name
         } END
       } AS objective
ORDER BY objective.dueDate, objective.id
