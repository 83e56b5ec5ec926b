// Relationships of one tenant by type, counted from their start node (every one starts at a
// tenant's node).
MATCH (n)-[r]->()
WHERE n.tenantId = $tenantId
RETURN type(r) AS name, count(*) AS count
