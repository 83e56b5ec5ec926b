// One breadth-first step of an analyst's traversal: the neighbours of a frontier of people and
// team members over the chosen kinds. Each TraversalKind is one branch with its relationship
// types written out; $kinds only switches branches on or off (an allowlist, never a type name
// pasted into the query). WORKS_WITH_TEAM joins a person and a member of our team who took part
// in the same interaction, aggregated per pair.
CALL () {
  UNWIND $personIds AS id
  MATCH (n:Person {tenantId: $tenantId, id: id})
  RETURN n
  UNION
  UNWIND $teamMemberIds AS id
  MATCH (n:TeamMember {tenantId: $tenantId, id: id})
  RETURN n
}
CALL (n) {
  MATCH (n)-[r:REPORTS_TO]-(m)
  WHERE 'REPORTS_TO' IN $kinds
  RETURN m, 'REPORTS_TO' AS kind, startNode(r) = n AS fromIsSource, null AS weight,
         null AS interactionCount, null AS lastInteractionAt
  UNION
  MATCH (n)-[r:INFLUENCES]-(m:Person)
  WHERE 'INFLUENCES' IN $kinds
  RETURN m, 'INFLUENCES' AS kind, startNode(r) = n AS fromIsSource, r.weight AS weight,
         null AS interactionCount, null AS lastInteractionAt
  UNION
  MATCH (n)-[:PARTICIPATED_IN]->(i:Interaction)<-[:PARTICIPATED_IN]-(m)
  WHERE 'WORKS_WITH_TEAM' IN $kinds AND ((n:Person AND m:TeamMember) OR (n:TeamMember AND m:Person))
  WITH n, m, count(i) AS interactionCount, max(i.occurredAt) AS lastInteractionAt
  RETURN m, 'WORKS_WITH_TEAM' AS kind, n:TeamMember AS fromIsSource, null AS weight,
         interactionCount, lastInteractionAt
}
WITH n, m, kind, fromIsSource, weight, interactionCount, lastInteractionAt
WHERE m.tenantId = $tenantId
RETURN n.id AS fromId,
       m.id AS toId,
       CASE WHEN m:TeamMember THEN 'OUR_TEAM' ELSE 'CUSTOMER' END AS side,
       m.name AS name,
       m.title AS title,
       head([(m)-[:WORKS_AT]->(a:Account) | a.id]) AS accountId,
       kind, fromIsSource, weight, interactionCount, lastInteractionAt
ORDER BY fromId, kind, toId
LIMIT toInteger($limit)
