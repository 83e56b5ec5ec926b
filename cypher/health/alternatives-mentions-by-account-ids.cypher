// Free text at each account in [$since, $until) that says the customer is evaluating
// alternatives: interaction subjects, NPS comments and ticket subjects containing any of
// $keywords (lower-case; health.support.alternatives), each with who said it when known.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
USING INDEX SEEK a:Account(tenantId, id)
WITH accountId, a,
     [(i:Interaction {tenantId: $tenantId})-[:WITH_ACCOUNT]->(a)
      WHERE i.occurredAt >= datetime($since) AND i.occurredAt < datetime($until)
        AND i.subject IS NOT NULL AND any(k IN $keywords WHERE toLower(i.subject) CONTAINS k)
      | {kind: 'INTERACTION', id: i.id, at: i.occurredAt, text: i.subject,
         people: [(p:Person)-[:PARTICIPATED_IN]->(i) | p.name + coalesce(' (' + p.title + ')', '')]}] AS said,
     [(n:NpsResponse {tenantId: $tenantId})-[:FOR_ACCOUNT]->(a)
      WHERE n.answeredAt >= datetime($since) AND n.answeredAt < datetime($until)
        AND n.comment IS NOT NULL AND any(k IN $keywords WHERE toLower(n.comment) CONTAINS k)
      | {kind: 'NPS_RESPONSE', id: n.id, at: n.answeredAt, text: n.comment,
         people: [(p:Person)-[:ANSWERED]->(n) | p.name + coalesce(' (' + p.title + ')', '')]}] AS answered,
     [(t:SupportTicket {tenantId: $tenantId})-[:FOR_ACCOUNT]->(a)
      WHERE t.openedAt >= datetime($since) AND t.openedAt < datetime($until)
        AND t.subject IS NOT NULL AND any(k IN $keywords WHERE toLower(t.subject) CONTAINS k)
      | {kind: 'SUPPORT_TICKET', id: t.id, at: t.openedAt, text: t.subject,
         people: [(p:Person)<-[:RAISED_BY]-(t) | p.name + coalesce(' (' + p.title + ')', '')]}] AS raised
RETURN accountId, said + answered + raised AS mentions
