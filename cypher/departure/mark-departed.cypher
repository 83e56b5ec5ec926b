// Records a departure in one statement, so in one write transaction: the person becomes
// DEPARTED on $departedAt and every role still open on that day ends then. Nothing is written
// unless the person is found and still ACTIVE; the roles it ended are returned.
MATCH (p:Person {tenantId: $tenantId, id: $personId})
WHERE p.status = 'ACTIVE'
SET p.status = 'DEPARTED', p.departedAt = date($departedAt)
WITH p
OPTIONAL MATCH (p)-[r:PLAYS_ROLE]->(a:Account)
WHERE r.since < date($departedAt) AND (r.until IS NULL OR r.until > date($departedAt))
SET r.until = date($departedAt)
WITH p, collect(CASE WHEN r IS NULL THEN null ELSE {role: r.role, since: r.since, until: r.until, accountId: a.id} END) AS ended
RETURN p.id AS personId, p.departedAt AS departedAt, ended
