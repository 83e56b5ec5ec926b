// Business units by id, for node(id:) and the unit mutations' answers.
UNWIND $ids AS id
MATCH (u:BusinessUnit {tenantId: $tenantId, id: id})-[:UNIT_OF]->(a:Account)
RETURN u {.id, .name, .kind, .headcount, accountId: a.id} AS record
