// Our own team members by id, for node(id:).
UNWIND $ids AS id
MATCH (t:TeamMember {tenantId: $tenantId, id: id})
RETURN t {.id, .name, .email, .title, managerId: head([(t)-[:REPORTS_TO]->(m:TeamMember) | m.id])} AS record
