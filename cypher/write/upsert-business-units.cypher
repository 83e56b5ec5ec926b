UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (u:BusinessUnit {tenantId: $tenantId, id: row.id})
SET u.name = row.name, u.kind = row.kind, u.headcount = row.headcount
MERGE (u)-[:UNIT_OF]->(a)
