// Recorded plays by id, for node(id:)/nodes(ids:): the shape Account.recordedPlays and
// requestPlay answer (plays/plays-by-account-ids.cypher), steps in order. Seeks play_key.
UNWIND $ids AS id
MATCH (p:Play {tenantId: $tenantId, id: id})-[:FOR_ACCOUNT]->(a:Account)
RETURN p {
  .id, .kind, .trigger, .status, .title, .why, .goal, .startedOn, .requestedAt, .requestedBy, .note,
  .healthScore, .healthBand, .configVersion, .gaps,
  accountId: a.id,
  steps: COLLECT {
    MATCH (s:PlayStep)-[:STEP_OF]->(p)
    RETURN s {
      .id, .order, .key, .phase, .title, .detail, .dueDate, .ownerRole, .status,
      owner: head([(s)-[:OWNED_BY]->(t:TeamMember) | t {.id, .name}]),
      people: [(s)-[:INVOLVES]->(person:Person) | person {.id, .name, .title}]
    } AS step
    ORDER BY step.order
  }
} AS record
