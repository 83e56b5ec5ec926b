// The plays recorded for each account, newest first, with their steps in order: who owns each
// step on our team and which of the customer's people it involves.
UNWIND $accountIds AS accountId
MATCH (p:Play)-[:FOR_ACCOUNT]->(:Account {tenantId: $tenantId, id: accountId})
RETURN accountId,
       p {
         .id, .kind, .trigger, .status, .title, .why, .goal, .startedOn, .requestedAt, .requestedBy, .note,
         .healthScore, .healthBand, .configVersion, .gaps,
         accountId: accountId,
         steps: COLLECT {
           MATCH (s:PlayStep)-[:STEP_OF]->(p)
           RETURN s {
             .id, .order, .key, .phase, .title, .detail, .dueDate, .ownerRole, .status,
             owner: head([(s)-[:OWNED_BY]->(t:TeamMember) | t {.id, .name}]),
             people: [(s)-[:INVOLVES]->(person:Person) | person {.id, .name, .title}]
           } AS step
           ORDER BY step.order
         }
       } AS play
ORDER BY accountId, play.requestedAt DESC, play.id
