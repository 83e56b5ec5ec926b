// Every subscription of each account (whatever its status: the contract component needs the
// cancelled ones) with its usage readings in [$since, $asOf], for account health. Starts from each
// account by its key.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:OF_PRODUCT]->(p:Product)
USING INDEX SEEK a:Account(tenantId, id)
RETURN accountId,
       s {
         .id, .seatsLicensed, .seatsUsed, .arr, .startDate, .renewalDate, .termMonths, .status,
         productId: p.id,
         productName: p.name,
         usage: [(s)-[:HAS_USAGE]->(u:UsageSnapshot)
                 WHERE u.date >= date($since) AND u.date <= date($asOf)
                 | u {.id, .date, .licensedSeats, .activeSeats}]
       } AS subscription
ORDER BY accountId, subscription.id
