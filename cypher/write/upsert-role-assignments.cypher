// A role's history is kept: the same person, account, role and start date is one assignment.
UNWIND $rows AS row
MATCH (p:Person {tenantId: $tenantId, id: row.personId})
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (p)-[r:PLAYS_ROLE {role: row.role, since: date(row.since)}]->(a)
SET r.until = date(row.until), r.source = row.source
