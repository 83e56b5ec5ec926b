// Each account's health snapshots dated in [$from, $to], and the last one before $from (so the
// first point of a range can say what changed).
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})
OPTIONAL CALL (a) {
  MATCH (s:HealthSnapshot)-[:OF_ACCOUNT]->(a)
  WHERE s.date < date($from)
  RETURN s AS before
  ORDER BY s.date DESC
  LIMIT 1
}
RETURN accountId,
       CASE WHEN before IS NULL THEN null ELSE before {.*} END AS before,
       [(s:HealthSnapshot)-[:OF_ACCOUNT]->(a) WHERE s.date >= date($from) AND s.date <= date($to) | s {.*}] AS snapshots
