// Every chain of INFLUENCES (followed in its direction, no person twice) from one person to
// another, at most $maxLength hops; the hard ceiling of 4 is written here because a
// variable-length bound cannot be a parameter. The strongest is chosen by the caller.
MATCH (from:Person {tenantId: $tenantId, id: $fromId})
MATCH (to:Person {tenantId: $tenantId, id: $toId})
MATCH path = (from)-[:INFLUENCES*1..4]->(to)
WHERE length(path) <= $maxLength
  AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
RETURN [x IN nodes(path) | x {.id, .name, .title}] AS people,
       [r IN relationships(path) | r {.weight, .kind}] AS links
