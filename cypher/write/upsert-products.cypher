UNWIND $rows AS row
MERGE (p:Product {tenantId: $tenantId, id: row.id})
SET p.name = row.name, p.family = row.family, p.listPricePerSeat = row.listPricePerSeat
