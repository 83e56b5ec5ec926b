// Free text at each account in [$since, $until) that says the customer is evaluating
// alternatives: interaction subjects, NPS comments and ticket subjects containing any of
// $keywords (lower-case; health.support.alternatives), each with who said it when known.
// Each list expands from the (tenant-scoped) account and filters on the date before the text;
// an aggregating subquery returns one row (an empty list) when nothing matches.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  MATCH (a)<-[:WITH_ACCOUNT]-(i:Interaction)
  WHERE i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
    AND any(k IN $keywords WHERE toLower(coalesce(i.subject, '')) CONTAINS k)
  RETURN collect({kind: 'INTERACTION', id: i.id, at: i.occurredAt, text: i.subject,
                  people: [(p:Person)-[:PARTICIPATED_IN]->(i) | p.name + coalesce(' (' + p.title + ')', '')]}) AS said
}
CALL (a) {
  MATCH (a)<-[:FOR_ACCOUNT]-(n:NpsResponse)
  WHERE n.answeredAt >= datetime($since) AND n.answeredAt < datetime($until)
    AND any(k IN $keywords WHERE toLower(coalesce(n.comment, '')) CONTAINS k)
  RETURN collect({kind: 'NPS_RESPONSE', id: n.id, at: n.answeredAt, text: n.comment,
                  people: [(p:Person)-[:ANSWERED]->(n) | p.name + coalesce(' (' + p.title + ')', '')]}) AS answered
}
CALL (a) {
  MATCH (a)<-[:FOR_ACCOUNT]-(t:SupportTicket)
  WHERE t.openedAt >= datetime($since) AND t.openedAt < datetime($until)
    AND any(k IN $keywords WHERE toLower(coalesce(t.subject, '')) CONTAINS k)
  RETURN collect({kind: 'SUPPORT_TICKET', id: t.id, at: t.openedAt, text: t.subject,
                  people: [(p:Person)<-[:RAISED_BY]-(t) | p.name + coalesce(' (' + p.title + ')', '')]}) AS raised
}
RETURN accountId, said + answered + raised AS mentions
