// The tenant's archived accounts (archiveAccount): what the live portfolio views leave out unless
// asked. Starts from the account_tenant index; the archivedAt filter runs on its rows.
MATCH (a:Account {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId)
WHERE a.archivedAt IS NOT NULL
RETURN a.id AS id
ORDER BY id
