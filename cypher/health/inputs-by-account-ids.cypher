// Everything account health reads about each account, in one statement: what
// subscriptions-by-account-ids, tickets-by-account-ids, nps-by-account-ids,
// key-people-by-account-ids and alternatives-mentions-by-account-ids return, each as a column of
// one row per account (the same projections, windows and order; keep them in step). For one
// account's reads (its plan, plays, calendar, opportunities), where five round trips cost more
// than the reads themselves; pages of accounts keep the five batched statements.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:OF_PRODUCT]->(p:Product)
  WITH s, p
  ORDER BY s.id
  RETURN collect(s {
           .id, .seatsLicensed, .seatsUsed, .arr, .startDate, .renewalDate, .termMonths, .status,
           productId: p.id,
           productName: p.name,
           usage: [(s)-[:HAS_USAGE]->(u:UsageSnapshot)
                   WHERE u.date >= date($usageSince) AND u.date <= date($asOf)
                   | u {.id, .date, .licensedSeats, .activeSeats}]
         }) AS subscriptions
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:FOR_ACCOUNT]-(t:SupportTicket)
  WHERE t.openedAt < datetime($until)
  WITH t
  ORDER BY t.openedAt, t.id
  RETURN count(t) AS ticketsEver,
         collect(CASE
           WHEN t.openedAt >= datetime($ticketsSince) OR t.closedAt >= datetime($until)
                OR (t.closedAt IS NULL AND t.status <> 'CLOSED')
           THEN t {.id, .severity, .status, .sentiment, .escalated, .openedAt, .closedAt, .subject}
         END) AS tickets
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:FOR_ACCOUNT]-(n:NpsResponse)
  WHERE n.answeredAt < datetime($until)
  WITH n
  ORDER BY n.answeredAt, n.id
  RETURN count(n) AS npsEver,
         collect(CASE WHEN n.answeredAt >= datetime($npsSince) THEN n {.id, .score, .answeredAt} END) AS nps
}
CALL (a) {
  OPTIONAL MATCH (p:Person)-[r:PLAYS_ROLE]->(a)
  WITH p, [held IN collect(r) WHERE held.role IN $roles | held {.role, .since, .until}] AS roles
  WHERE roles <> []
  CALL (a, p) {
    OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)-[:WITH_ACCOUNT]->(a)
    WHERE i.direction IN ['INBOUND', 'MUTUAL']
      AND i.occurredAt < datetime($until)
      AND EXISTS { (:TeamMember)-[:PARTICIPATED_IN]->(i) }
    WITH i
    ORDER BY i.occurredAt DESC, i.id DESC
    LIMIT 1
    RETURN CASE WHEN i IS NULL THEN null ELSE i {.id, .occurredAt, .type} END AS lastTwoWay
  }
  WITH p, roles, lastTwoWay
  ORDER BY p.id
  RETURN collect(p {
           .id, .name, .title, .status, .startedAt, .departedAt,
           managerId: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
           roles: roles,
           lastTwoWay: lastTwoWay
         }) AS keyPeople
}
CALL (a) {
  MATCH (a)<-[:WITH_ACCOUNT]-(i:Interaction)
  WHERE i.occurredAt >= datetime($alternativesSince) AND i.occurredAt < datetime($until)
    AND any(k IN $keywords WHERE toLower(coalesce(i.subject, '')) CONTAINS k)
  RETURN collect({kind: 'INTERACTION', id: i.id, at: i.occurredAt, text: i.subject,
                  people: [(p:Person)-[:PARTICIPATED_IN]->(i) | p.name + coalesce(' (' + p.title + ')', '')]}) AS said
}
CALL (a) {
  MATCH (a)<-[:FOR_ACCOUNT]-(n:NpsResponse)
  WHERE n.answeredAt >= datetime($alternativesSince) AND n.answeredAt < datetime($until)
    AND any(k IN $keywords WHERE toLower(coalesce(n.comment, '')) CONTAINS k)
  RETURN collect({kind: 'NPS_RESPONSE', id: n.id, at: n.answeredAt, text: n.comment,
                  people: [(p:Person)-[:ANSWERED]->(n) | p.name + coalesce(' (' + p.title + ')', '')]}) AS answered
}
CALL (a) {
  MATCH (a)<-[:FOR_ACCOUNT]-(t:SupportTicket)
  WHERE t.openedAt >= datetime($alternativesSince) AND t.openedAt < datetime($until)
    AND any(k IN $keywords WHERE toLower(coalesce(t.subject, '')) CONTAINS k)
  RETURN collect({kind: 'SUPPORT_TICKET', id: t.id, at: t.openedAt, text: t.subject,
                  people: [(p:Person)<-[:RAISED_BY]-(t) | p.name + coalesce(' (' + p.title + ')', '')]}) AS raised
}
RETURN accountId, subscriptions, ticketsEver, tickets, npsEver, nps, keyPeople,
       said + answered + raised AS mentions
