// Influence between the people of each account, whatever their status.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
MATCH (from:Person)-[:WORKS_AT]->(a)
MATCH (from)-[i:INFLUENCES]->(to:Person)-[:WORKS_AT]->(a)
RETURN accountId, from.id AS fromPersonId, to.id AS toPersonId, i.weight AS weight, i.kind AS kind
ORDER BY accountId, fromPersonId, toPersonId
