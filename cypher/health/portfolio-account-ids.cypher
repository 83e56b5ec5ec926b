// Every account of the tenant: the portfolio whose health is judged or recorded. Seeks the
// account_tenant index. Archived accounts (archiveAccount) only with $includeArchived.
MATCH (a:Account {tenantId: $tenantId})
WHERE $includeArchived OR a.archivedAt IS NULL
RETURN a.id AS id
ORDER BY id
