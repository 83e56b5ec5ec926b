// The tenant's catalog: the matrix's columns. `p.id IS NOT NULL` lets the planner seek the
// (tenantId, id) constraint index instead of scanning every Product.
MATCH (p:Product {tenantId: $tenantId})
WHERE p.id IS NOT NULL
RETURN p {.id, .name, .family, .listPricePerSeat} AS product
ORDER BY product.name, product.id
