// Our team's contact with each of the account's people since $since: how often, how recently,
// and how much of it was two-way (anything but our own one-way outreach).
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
MATCH (i:Interaction)-[:WITH_ACCOUNT]->(a)
WHERE i.occurredAt >= datetime($since)
MATCH (t:TeamMember)-[:PARTICIPATED_IN]->(i)<-[:PARTICIPATED_IN]-(p:Person)
RETURN t.id AS teamMemberId,
       t.name AS teamMemberName,
       t.title AS teamMemberTitle,
       p.id AS personId,
       count(i) AS interactionCount,
       sum(CASE WHEN i.direction = 'OUTBOUND' THEN 0 ELSE 1 END) AS twoWayCount,
       max(i.occurredAt) AS lastInteractionAt
ORDER BY teamMemberId, personId
