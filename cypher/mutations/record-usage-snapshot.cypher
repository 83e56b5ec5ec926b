// Records a usage snapshot in one statement, so in one write transaction. A snapshot covers the
// subscription's own scope (its unit, or the whole account) unless it names one business unit of
// the account. Written only when the subscription (and the unit, if named) exist in the caller's
// tenant, the unit belongs to the subscription's account and is not another unit than the one
// the subscription was bought for, and no snapshot of that scope exists for that date. When it
// covers the subscription's own scope and no later such snapshot exists, it is the latest
// reading and the subscription's seatsUsed takes its active seats.
OPTIONAL MATCH (s:Subscription {tenantId: $tenantId, id: $subscriptionId})
OPTIONAL MATCH (unit:BusinessUnit {tenantId: $tenantId, id: $businessUnitId})
// Locks the subscription before looking at its snapshots, so concurrent writes of the same day
// queue and the second sees the first.
CALL (s) {
  WITH s WHERE s IS NOT NULL
  SET s.seatsLicensed = s.seatsLicensed
}
WITH s, unit,
     head([(s)<-[:HAS_SUBSCRIPTION]-(acc:Account) | acc.id]) AS accountId,
     head([(s)-[:FOR_UNIT]->(own:BusinessUnit) | own.id]) AS ownUnitId,
     head([(unit)-[:UNIT_OF]->(ua:Account) | ua.id]) AS unitAccountId
WITH s, unit, accountId, ownUnitId, unitAccountId, coalesce($businessUnitId, ownUnitId) AS scopeUnitId
CALL (s, scopeUnitId, ownUnitId) {
  OPTIONAL MATCH (s)-[:HAS_USAGE]->(x:UsageSnapshot)
  WITH x, head([(x)-[:FOR_UNIT]->(xu:BusinessUnit) | xu.id]) AS xUnitId
  RETURN
    head(collect(CASE WHEN x.date = date($date) AND coalesce(xUnitId, '') = coalesce(scopeUnitId, '')
                      THEN x.id END)) AS sameDayId,
    max(CASE WHEN coalesce(xUnitId, '') = coalesce(ownUnitId, '') THEN x.date END) AS latestOwnScopeDate
}
WITH *,
     s IS NOT NULL AND sameDayId IS NULL
       AND ($businessUnitId IS NULL
            OR (unit IS NOT NULL AND unitAccountId = accountId AND coalesce(ownUnitId, unit.id) = unit.id)) AS ok
WITH *,
     ok AND coalesce(scopeUnitId, '') = coalesce(ownUnitId, '')
       AND (latestOwnScopeDate IS NULL OR latestOwnScopeDate < date($date)) AS isLatest
CALL (s, ok, isLatest, scopeUnitId) {
  WITH s, isLatest, scopeUnitId WHERE ok
  CREATE (s)-[:HAS_USAGE]->(u:UsageSnapshot {tenantId: $tenantId, id: $id})
  SET u.date = date($date),
      u.licensedSeats = $licensedSeats,
      u.activeSeats = $activeSeats,
      u.featuresAdopted = $featuresAdopted,
      u.featuresAvailable = $featuresAvailable
  WITH s, isLatest, u, scopeUnitId
  CALL (u, scopeUnitId) {
    MATCH (b:BusinessUnit {tenantId: $tenantId, id: scopeUnitId})
    CREATE (u)-[:FOR_UNIT]->(b)
  }
  CALL (s, isLatest) {
    WITH s WHERE isLatest
    SET s.seatsUsed = $activeSeats
  }
}
OPTIONAL MATCH (u:UsageSnapshot {tenantId: $tenantId, id: $id})
RETURN
  ok AS written,
  isLatest AS seatsUsedUpdated,
  CASE WHEN s IS NULL THEN [{entity: 'Subscription', id: $subscriptionId}] ELSE [] END
    + CASE WHEN $businessUnitId IS NOT NULL AND unit IS NULL
        THEN [{entity: 'BusinessUnit', id: $businessUnitId}] ELSE [] END AS notFound,
  accountId,
  ownUnitId,
  unitAccountId,
  sameDayId,
  latestOwnScopeDate,
  CASE WHEN ok THEN u {
    .id, .date, .licensedSeats, .activeSeats, .featuresAdopted, .featuresAvailable,
    subscriptionId: s.id,
    accountId: accountId,
    businessUnitId: head([(u)-[:FOR_UNIT]->(b:BusinessUnit) | b.id])
  } END AS snapshot,
  CASE WHEN s IS NULL THEN null ELSE s {
    .id, .seatsLicensed, .seatsUsed, .arr, .startDate, .renewalDate, .termMonths, .status,
    accountId: accountId,
    productId: head([(s)-[:OF_PRODUCT]->(p:Product) | p.id]),
    productName: head([(s)-[:OF_PRODUCT]->(p:Product) | p.name]),
    businessUnitId: ownUnitId
  } END AS subscription
