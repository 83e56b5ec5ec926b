UNWIND $personIds AS personId
MATCH (p:Person {tenantId: $tenantId, id: personId})-[i:INFLUENCES]-(:Person)
RETURN personId, {
  fromPersonId: startNode(i).id,
  toPersonId: endNode(i).id,
  weight: i.weight,
  kind: i.kind,
  source: i.source
} AS influence
ORDER BY influence.weight DESC
