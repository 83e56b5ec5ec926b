UNWIND $accountIds AS accountId
MATCH (u:BusinessUnit)-[:UNIT_OF]->(a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
RETURN u {.id, .name, .kind, .headcount, accountId: accountId} AS unit
ORDER BY unit.name
