// Records a play for an account with its steps, unless a play of the same kind and trigger is
// still OPEN there (then nothing is written and that play's id comes back). Each step is owned by
// a member of our team and involves the customer's people it names.
MATCH (a:Account {tenantId: $tenantId, id: $play.accountId})
OPTIONAL MATCH (open:Play {status: 'OPEN', kind: $play.kind, trigger: $play.trigger})-[:FOR_ACCOUNT]->(a)
WITH a, head(collect(open.id)) AS existingId
CALL (a, existingId) {
  WITH a, existingId
  WHERE existingId IS NULL
  CREATE (p:Play {tenantId: $tenantId, id: $play.id})
  SET p += $play.properties,
      p.startedOn = date($play.startedOn),
      p.requestedAt = datetime($play.requestedAt)
  CREATE (p)-[:FOR_ACCOUNT]->(a)
  WITH p
  UNWIND $steps AS step
  CREATE (s:PlayStep {tenantId: $tenantId, id: step.id})
  SET s += step.properties,
      s.dueDate = date(step.dueDate)
  CREATE (s)-[:STEP_OF]->(p)
  WITH s, step
  CALL (s, step) {
    MATCH (t:TeamMember {tenantId: $tenantId, id: step.ownerId})
    CREATE (s)-[:OWNED_BY]->(t)
  }
  CALL (s, step) {
    UNWIND step.personIds AS personId
    MATCH (person:Person {tenantId: $tenantId, id: personId})
    CREATE (s)-[:INVOLVES]->(person)
  }
}
RETURN existingId
