// Each person's latest product-usage reading taken on or before $day (per-user usage export rows).
// People with no reading are not returned: their usage is unknown, not zero.
UNWIND $personIds AS personId
MATCH (:Person {tenantId: $tenantId, id: personId})-[:HAS_USAGE]->(u:PersonUsage {tenantId: $tenantId})
WHERE u.date <= date($day)
WITH personId, u
ORDER BY u.date DESC, u.id
WITH personId, head(collect(u)) AS u
RETURN personId, {
  id: u.id,
  date: u.date,
  windowDays: u.windowDays,
  activeDays: u.activeDays,
  featureEvents: u.featureEvents,
  lastActiveOn: u.lastActiveOn
} AS usage
