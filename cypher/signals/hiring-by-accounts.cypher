// Per account and unit (null: no unit): the known people there on $windowStart, and who joined
// or left after it up to $asOf, from their start and departure dates (listed by person id).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})<-[:WORKS_AT]-(p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:BusinessUnit)
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
