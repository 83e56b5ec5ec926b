// One HealthSnapshot per account and day (re-recording a day replaces it). `properties` carries
// the score, band, configuration fingerprints and each component's raw score, weights and
// contribution; a null value removes a property, so a component missing today loses yesterday's.
UNWIND $rows AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
MERGE (s:HealthSnapshot {tenantId: $tenantId, id: row.id})
SET s += row.properties,
    s.accountId = row.accountId,
    s.date = date(row.date),
    s.recordedAt = datetime($recordedAt)
MERGE (s)-[:OF_ACCOUNT]->(a)
RETURN count(s) AS recorded
