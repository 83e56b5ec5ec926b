// Accounts that could be the account's peers: those sharing its industry or its segment, or
// every account when $everyone (the loosest peer definition). Ids only; facts follow by id.
MATCH (me:Account {tenantId: $tenantId, id: $accountId})
USING INDEX SEEK me:Account(tenantId, id)
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
WHERE a <> me
  AND ($everyone OR a.industry = me.industry OR a.segment = me.segment)
RETURN a.id AS id
ORDER BY id
