// Erases a person on a privacy request, in one statement: the node goes with every personal field
// and every relationship (roles, influence, reporting line, unit). What the account did stays as
// anonymous aggregate history: interactions keep their date, type and direction and count the
// person as one anonymous participant (their name and email are struck from the subject);
// tickets, NPS answers and objectives stay without the person. Nothing else of theirs remains.
OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: $id})
WITH p, head([(p)-[:WORKS_AT]->(a:Account) | a.id]) AS accountId
CALL (p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)
  WITH p, collect(i) AS interactions
  FOREACH (i IN interactions |
    SET i.anonymousParticipants = coalesce(i.anonymousParticipants, 0) + 1,
        i.subject = replace(replace(i.subject, p.name, '[erased]'), coalesce(p.email, p.name), '[erased]'))
  RETURN size(interactions) AS interactions
}
CALL (p) {
  RETURN
    COUNT { (p)-[:PLAYS_ROLE]->() } AS roles,
    COUNT { (p)-[:INFLUENCES]-() } AS influences,
    COUNT { (:SupportTicket)-[:RAISED_BY]->(p) } + COUNT { (p)-[:ANSWERED]->() } + COUNT { (p)-[:OWNS_OBJECTIVE]->() } AS recordsKept
}
CALL (p) {
  WITH p WHERE p IS NOT NULL
  DETACH DELETE p
}
RETURN
  accountId IS NOT NULL AS written,
  CASE WHEN accountId IS NULL THEN [{entity: 'Stakeholder', id: $id}] ELSE [] END AS notFound,
  accountId,
  interactions AS interactionsAnonymised,
  roles AS rolesRemoved,
  influences AS influencesRemoved,
  recordsKept,
  CASE WHEN accountId IS NULL THEN [] ELSE [accountId] END AS affectedAccountIds
