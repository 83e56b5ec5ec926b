UNWIND $ids AS id
MATCH (p:Product {tenantId: $tenantId, id: id})
RETURN p {.id, .name, .family, .listPricePerSeat} AS product
