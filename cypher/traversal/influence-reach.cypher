// Every chain of INFLUENCES out of a person (no person twice), at most $depth hops (hard
// ceiling 3, written here because a variable-length bound cannot be a parameter).
MATCH (start:Person {tenantId: $tenantId, id: $personId})
MATCH path = (start)-[:INFLUENCES*1..3]->(reached:Person)
WHERE length(path) <= $depth
  AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
RETURN [x IN nodes(path) | x {.id, .name, .title}] AS people,
       [r IN relationships(path) | r {.weight, .kind}] AS links
