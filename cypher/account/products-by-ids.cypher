UNWIND $ids AS id
MATCH (p:Product {tenantId: $tenantId, id: id})
USING INDEX SEEK p:Product(tenantId, id)
RETURN p {.id, .name, .family, .listPricePerSeat} AS product
