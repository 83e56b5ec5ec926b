// The customer's objectives the person owns that are not yet achieved or abandoned.
MATCH (p:Person {tenantId: $tenantId, id: $personId})-[:OWNS_OBJECTIVE]->(o:Objective)
WHERE o.status IN ['PROPOSED', 'ACTIVE']
RETURN o {.id, .title, .status, .dueDate} AS objective
ORDER BY objective.dueDate, objective.id
