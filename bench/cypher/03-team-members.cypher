// salesforce/User.csv -> TeamMember (our team), as the Salesforce import maps User.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/User.csv' AS row
CALL (row) {
  MERGE (t:TeamMember {tenantId: $tenantId, id: row.Id})
  SET t.name = trim(row.FirstName + ' ' + row.LastName),
      t.email = nullIf(row.Email, ''),
      t.title = nullIf(row.Title, '')
} IN TRANSACTIONS OF 2000 ROWS
