MATCH (a:Account {tenantId: $tenantId, id: $accountId})
MATCH (from:Person)-[:WORKS_AT]->(a)
MATCH (from)-[i:INFLUENCES]->(to:Person)-[:WORKS_AT]->(a)
RETURN from.id AS fromPersonId, to.id AS toPersonId, i.weight AS weight, i.kind AS kind, i.source AS source
