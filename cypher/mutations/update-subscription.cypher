// Changes a subscription's seats, ARR, dates, term or status ($fields holds only what the caller
// sent; null clears an optional one). Refused, with nothing written, when the renewal date would
// fall before the start date. (Seats used may exceed seats licensed: an overage is real.)
OPTIONAL MATCH (s:Subscription {tenantId: $tenantId, id: $id})
WITH s, head([(s)<-[:HAS_SUBSCRIPTION]-(a:Account) | a.id]) AS accountId,
     CASE WHEN 'startDate' IN keys($fields) THEN $fields.startDate ELSE s.startDate END AS startDate,
     CASE WHEN 'renewalDate' IN keys($fields) THEN $fields.renewalDate ELSE s.renewalDate END AS renewalDate
WITH *,
     renewalDate IS NOT NULL AND renewalDate < startDate AS renewalBeforeStart
WITH *, s IS NOT NULL AND NOT renewalBeforeStart AS ok
CALL (s, ok) {
  WITH s WHERE ok
  SET s += $fields
}
RETURN
  ok AS written,
  CASE WHEN s IS NULL THEN [{entity: 'Subscription', id: $id}] ELSE [] END AS notFound,
  accountId,
  renewalBeforeStart,
  startDate,
  renewalDate,
  CASE WHEN ok THEN [accountId] ELSE [] END AS affectedAccountIds
