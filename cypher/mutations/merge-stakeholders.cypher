// Merges a duplicate person into the survivor, in one statement: every relationship of the
// duplicate moves to the survivor (roles and their history, influence both ways, interactions,
// objectives, opportunity contact roles, tickets, NPS answers, play steps, reports and, when the
// survivor has none, manager and unit), the survivor's empty fields take the duplicate's values,
// the duplicate's id is kept in the survivor's mergedIds, and the duplicate node is deleted.
// Both must work at the same account. A relationship type this file does not know would be lost,
// so a duplicate that has one is refused rather than half-merged.
OPTIONAL MATCH (s:Person {tenantId: $tenantId, id: $survivorId})
OPTIONAL MATCH (d:Person {tenantId: $tenantId, id: $duplicateId})
WITH s, d,
     head([(s)-[:WORKS_AT]->(a:Account) | a.id]) AS survivorAccountId,
     head([(d)-[:WORKS_AT]->(a:Account) | a.id]) AS duplicateAccountId,
     CASE WHEN s IS NULL THEN [{entity: 'Stakeholder', id: $survivorId}] ELSE [] END
       + CASE WHEN d IS NULL THEN [{entity: 'Stakeholder', id: $duplicateId}] ELSE [] END AS notFound,
     [r IN [(d)-[x]-() | x] WHERE NOT type(r) IN [
       'WORKS_AT', 'MEMBER_OF', 'REPORTS_TO', 'PLAYS_ROLE', 'INFLUENCES', 'PARTICIPATED_IN',
       'OWNS_OBJECTIVE', 'CONTACT_ROLE', 'RAISED_BY', 'ANSWERED', 'INVOLVES'] | type(r)] AS unknownTypes
WITH *, size(notFound) = 0 AND s <> d AND survivorAccountId = duplicateAccountId AND size(unknownTypes) = 0 AS ok
CALL (s, d, ok) {
  WITH s, d WHERE ok
  // Roles keep their history: each assignment moves with its dates and source.
  CALL (s, d) {
    MATCH (d)-[r:PLAYS_ROLE]->(a:Account)
    MERGE (s)-[n:PLAYS_ROLE {role: r.role, since: r.since}]->(a)
    ON CREATE SET n = properties(r)
  }
  // One influence per ordered pair: where the survivor already has one, it is kept.
  CALL (s, d) {
    MATCH (d)-[r:INFLUENCES]->(x:Person)
    WHERE x <> s
    MERGE (s)-[n:INFLUENCES]->(x)
    ON CREATE SET n = properties(r)
  }
  CALL (s, d) {
    MATCH (x:Person)-[r:INFLUENCES]->(d)
    WHERE x <> s
    MERGE (x)-[n:INFLUENCES]->(s)
    ON CREATE SET n = properties(r)
  }
  CALL (s, d) {
    MATCH (d)-[:PARTICIPATED_IN]->(i:Interaction)
    MERGE (s)-[:PARTICIPATED_IN]->(i)
  }
  CALL (s, d) {
    MATCH (d)-[:OWNS_OBJECTIVE]->(o:Objective)
    MERGE (s)-[:OWNS_OBJECTIVE]->(o)
  }
  CALL (s, d) {
    MATCH (d)-[r:CONTACT_ROLE]->(o:Opportunity)
    MERGE (s)-[n:CONTACT_ROLE {role: r.role}]->(o)
    ON CREATE SET n = properties(r)
  }
  CALL (s, d) {
    MATCH (t:SupportTicket)-[:RAISED_BY]->(d)
    MERGE (t)-[:RAISED_BY]->(s)
  }
  CALL (s, d) {
    MATCH (d)-[:ANSWERED]->(n:NpsResponse)
    MERGE (s)-[:ANSWERED]->(n)
  }
  CALL (s, d) {
    MATCH (step)-[:INVOLVES]->(d)
    MERGE (step)-[:INVOLVES]->(s)
  }
  CALL (s, d) {
    MATCH (x:Person)-[:REPORTS_TO]->(d)
    WHERE x <> s
    MERGE (x)-[:REPORTS_TO]->(s)
  }
  CALL (s, d) {
    MATCH (d)-[:REPORTS_TO]->(m:Person)
    WHERE m <> s AND NOT EXISTS { (s)-[:REPORTS_TO]->(:Person) } AND NOT EXISTS { (m)-[:REPORTS_TO*1..]->(s) }
    CREATE (s)-[:REPORTS_TO]->(m)
  }
  CALL (s, d) {
    MATCH (d)-[:MEMBER_OF]->(u:BusinessUnit)
    WHERE NOT EXISTS { (s)-[:MEMBER_OF]->(:BusinessUnit) }
    CREATE (s)-[:MEMBER_OF]->(u)
  }
  SET s.email = coalesce(s.email, d.email),
      s.title = coalesce(s.title, d.title),
      s.seniority = coalesce(s.seniority, d.seniority),
      s.department = coalesce(s.department, d.department),
      s.startedAt = CASE WHEN d.startedAt < s.startedAt OR s.startedAt IS NULL THEN d.startedAt ELSE s.startedAt END,
      s.mergedIds = coalesce(s.mergedIds, []) + [d.id] + coalesce(d.mergedIds, [])
  DETACH DELETE d
}
RETURN
  ok AS written,
  notFound,
  survivorAccountId,
  duplicateAccountId,
  unknownTypes,
  CASE WHEN ok THEN s.mergedIds ELSE [] END AS mergedIds,
  CASE WHEN ok THEN [survivorAccountId] ELSE [] END AS affectedAccountIds
