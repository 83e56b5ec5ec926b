// Parents may come later in the same file, so SUBSIDIARY_OF is linked by link-account-parents.
UNWIND $rows AS row
MERGE (a:Account {tenantId: $tenantId, id: row.id})
SET a.name = row.name,
    a.industry = row.industry,
    a.segment = row.segment,
    a.region = row.region,
    a.employeeCount = row.employeeCount,
    a.annualRevenue = row.annualRevenue,
    a.website = row.website,
    a.customerSince = date(row.customerSince)
