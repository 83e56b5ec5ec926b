// salesforce/Opportunity.csv -> Opportunity -FOR_ACCOUNT-> Account, TeamMember -OWNS_OPPORTUNITY->
// it, mapped as the Salesforce import maps an Opportunity (type, won/lost from IsWon/IsClosed).
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Opportunity.csv' AS row
WITH row WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE']
CALL (row) {
  MATCH (a:Account {tenantId: $tenantId, id: row.AccountId})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (o:Opportunity {tenantId: $tenantId, id: row.Id})
  SET o.name = row.Name,
      o.type = CASE
        WHEN row.Type IN ['Existing Business', 'Existing Customer - Upgrade', 'Expansion', 'Upsell'] THEN 'EXPANSION'
        WHEN row.Type IN ['Renewal', 'Existing Customer - Renewal', 'Existing Customer - Replacement',
                          'Existing Customer - Downgrade'] THEN 'RENEWAL'
        ELSE 'NEW_BUSINESS'
      END,
      o.stage = nullIf(row.StageName, ''),
      o.status = CASE
        WHEN row.IsWon IN ['1', 'true', 'True', 'TRUE'] THEN 'WON'
        WHEN row.IsClosed IN ['1', 'true', 'True', 'TRUE'] THEN 'LOST'
        ELSE 'OPEN'
      END,
      o.amount = toFloat(nullIf(row.Amount, '')),
      o.closeDate = date(nullIf(row.CloseDate, ''))
  MERGE (o)-[:FOR_ACCOUNT]->(a)
  WITH o, row
  CALL (o, row) {
    MATCH (t:TeamMember {tenantId: $tenantId, id: row.OwnerId})
    MERGE (t)-[:OWNS_OPPORTUNITY]->(o)
  }
} IN TRANSACTIONS OF 2000 ROWS
