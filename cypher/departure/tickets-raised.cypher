// Support tickets each of the account's people raised in [$since, $until): product activity.
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
MATCH (t:SupportTicket)-[:FOR_ACCOUNT]->(a)
WHERE t.openedAt >= datetime($since) AND t.openedAt < datetime($until)
MATCH (t)-[:RAISED_BY]->(p:Person)
RETURN p.id AS personId, count(t) AS tickets
ORDER BY personId
