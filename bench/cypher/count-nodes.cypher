// Nodes of one tenant by label (the benchmark compares the two tenants side by side).
MATCH (n)
WHERE n.tenantId = $tenantId
RETURN labels(n)[0] AS name, count(*) AS count
