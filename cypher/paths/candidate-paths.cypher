// Routes between the people our team knows ($entryIds) and the people to reach ($targetIds) over
// reporting lines and influence, either direction, inside one account, through people who were
// there on $day. Bounded: the pattern stops at 5 person-to-person hops (the ceiling, see
// PATH_HOP_CEILING) and $maxPersonHops (from configuration) cuts below that; a route visits each
// person once; at most $maxCandidatePaths routes are returned, the shortest first. The search
// starts from the few targets rather than the many people we know, and each route is turned round
// to read from our side. Strength is scored outside (src/scoring/path-strength.ts).
MATCH (a:Account {tenantId: $tenantId, id: $accountId})
UNWIND $targetIds AS targetId
MATCH (target:Person {tenantId: $tenantId, id: targetId})-[:WORKS_AT]->(a)
MATCH path = (target)-[:REPORTS_TO|INFLUENCES*0..5]-(entry:Person)
WHERE entry.id IN $entryIds
  AND length(path) <= $maxPersonHops
  AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
  AND all(n IN nodes(path) WHERE
        ((n.departedAt IS NULL AND n.status = 'ACTIVE') OR n.departedAt > date($day))
        AND EXISTS { (n)-[:WORKS_AT]->(a) })
WITH path, reverse(nodes(path)) AS people
ORDER BY length(path), [n IN people | n.id]
LIMIT toInteger($maxCandidatePaths)
RETURN [n IN people | {id: n.id, name: n.name}] AS people,
       [r IN reverse(relationships(path)) | {kind: type(r), fromId: startNode(r).id, toId: endNode(r).id, weight: r.weight}] AS links
