// Every account of the tenant: the portfolio whose health is judged or recorded. Seeks the
// account_tenant index.
MATCH (a:Account {tenantId: $tenantId})
RETURN a.id AS id
ORDER BY id
