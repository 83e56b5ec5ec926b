// hiring-by-accounts.cypher for every account of the tenant, from the account_tenant index.
MATCH (a:Account {tenantId: $tenantId})<-[:WORKS_AT]-(p:Person {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
// The tenant on every node: otherwise, on a small store, the planner may scan a whole label and join.
OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:BusinessUnit {tenantId: $tenantId})
WITH a, u, p,
     p.startedAt <= date($windowStart) AND (p.departedAt IS NULL OR p.departedAt > date($windowStart)) AS atStart,
     p.startedAt > date($windowStart) AND p.startedAt <= date($asOf) AS joined,
     p.departedAt > date($windowStart) AND p.departedAt <= date($asOf) AS left
ORDER BY p.id
RETURN a.id AS accountId, u.id AS businessUnitId, u.name AS businessUnitName,
       sum(CASE WHEN atStart THEN 1 ELSE 0 END) AS knownAtStart,
       collect(CASE WHEN joined THEN {personId: p.id, date: p.startedAt} END) AS joined,
       collect(CASE WHEN left THEN {personId: p.id, date: p.departedAt} END) AS left,
       sum(CASE WHEN p.startedAt IS NULL THEN 1 ELSE 0 END) AS withoutStartDate
ORDER BY accountId, businessUnitId
