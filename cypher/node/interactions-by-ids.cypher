// Interactions by id, for node(id:)/nodes(ids:): the shape recordInteraction answers. Seeks the
// interaction_key constraint's index.
UNWIND $ids AS id
MATCH (i:Interaction {tenantId: $tenantId, id: id})-[:WITH_ACCOUNT]->(a:Account)
RETURN i {
  .id, .type, .direction, .occurredAt, .durationMinutes, .subject,
  accountId: a.id,
  teamMembers: [(t:TeamMember)-[:PARTICIPATED_IN]->(i) | t {.id, .name, .email, .title}],
  personIds: [(p:Person)-[:PARTICIPATED_IN]->(i) | p.id]
} AS record
