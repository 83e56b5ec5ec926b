// Present in the whole account (no unit) or in one business unit: the unit id is part of the key.
UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MATCH (c:Competitor {tenantId: $tenantId, id: row.competitorId})
MERGE (a)-[r:USES_COMPETITOR {businessUnitId: coalesce(row.businessUnitId, '')}]->(c)
SET r.since = date(row.since)
