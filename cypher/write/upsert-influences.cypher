UNWIND $rows AS row
MATCH (from:Person {tenantId: $tenantId, id: row.fromPersonId})
MATCH (to:Person {tenantId: $tenantId, id: row.toPersonId})
MERGE (from)-[i:INFLUENCES]->(to)
SET i.weight = row.weight, i.kind = row.kind, i.source = row.source
