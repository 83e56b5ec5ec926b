UNWIND $rows AS row
MATCH (p:Person {tenantId: $tenantId, id: row.personId})
MATCH (o:Opportunity {tenantId: $tenantId, id: row.opportunityId})
MERGE (p)-[r:CONTACT_ROLE {role: row.role}]->(o)
SET r.isPrimary = row.isPrimary
