// salesforce/Account.csv -> Account; segment from NumberOfEmployees in the importer's bands
// (SEGMENT_BANDS: below 100 SMB, below 1000 mid-market), region from the billing country.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Account.csv' AS row
WITH row WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE']
CALL (row) {
  WITH row, toInteger(nullIf(row.NumberOfEmployees, '')) AS employees
  MERGE (a:Account {tenantId: $tenantId, id: row.Id})
  SET a.name = row.Name,
      a.industry = nullIf(row.Industry, ''),
      a.segment = CASE
        WHEN employees IS NULL THEN null
        WHEN employees < 100 THEN 'SMB'
        WHEN employees < 1000 THEN 'MID_MARKET'
        ELSE 'ENTERPRISE'
      END,
      a.region = coalesce(nullIf(row.BillingCountry, ''), nullIf(row.ShippingCountry, '')),
      a.employeeCount = employees,
      a.annualRevenue = toFloat(nullIf(row.AnnualRevenue, '')),
      a.website = nullIf(row.Website, '')
} IN TRANSACTIONS OF 2000 ROWS
