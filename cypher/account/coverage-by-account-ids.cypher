UNWIND $accountIds AS accountId
MATCH (t:TeamMember)-[c:COVERS]->(:Account {tenantId: $tenantId, id: accountId})
RETURN accountId,
       c.role AS role,
       c.since AS since,
       t {.id, .name, .email, .title, managerId: head([(t)-[:REPORTS_TO]->(m:TeamMember) | m.id])} AS teamMember
ORDER BY accountId, role
