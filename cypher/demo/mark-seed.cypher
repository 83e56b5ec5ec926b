MERGE (m:DemoSeed {tenantId: $tenantId})
SET m.status = $status, m.seed = $seed, m.asOf = date($asOf), m.updatedAt = datetime()
