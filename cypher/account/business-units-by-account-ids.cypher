UNWIND $accountIds AS accountId
MATCH (u:BusinessUnit)-[:UNIT_OF]->(:Account {tenantId: $tenantId, id: accountId})
RETURN u {.id, .name, .kind, .headcount, accountId: accountId} AS unit
ORDER BY unit.name
