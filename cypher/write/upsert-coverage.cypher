UNWIND $rows AS row
MATCH (t:TeamMember {tenantId: $tenantId, id: row.teamMemberId})
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (t)-[c:COVERS {role: row.role}]->(a)
SET c.since = date(row.since)
