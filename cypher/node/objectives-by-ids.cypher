// Customer objectives by id, for node(id:)/nodes(ids:): the shape recordObjective answers.
// Seeks the objective_key constraint's index.
UNWIND $ids AS id
MATCH (a:Account)-[:HAS_OBJECTIVE]->(o:Objective {tenantId: $tenantId, id: id})
RETURN o {
  .id, .title, .metric, .targetValue, .dueDate, .status,
  accountId: a.id,
  ownerPersonId: head([(owner:Person)-[:OWNS_OBJECTIVE]->(o) | owner.id])
} AS record
