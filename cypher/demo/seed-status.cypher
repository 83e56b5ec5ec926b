OPTIONAL MATCH (m:DemoSeed {tenantId: $tenantId})
RETURN m.status AS status, COUNT { (a:Account {tenantId: $tenantId}) } AS accounts
