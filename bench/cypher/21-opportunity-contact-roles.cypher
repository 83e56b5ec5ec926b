// salesforce/OpportunityContactRole.csv -> Person -CONTACT_ROLE {role}-> Opportunity, with the
// picklist mapped to our roles; a role we have no equivalent for (Other) is left out.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/OpportunityContactRole.csv' AS row
WITH row,
     CASE row.Role
       WHEN 'Business User' THEN 'END_USER' WHEN 'Decision Maker' THEN 'DECISION_MAKER'
       WHEN 'Economic Buyer' THEN 'ECONOMIC_BUYER' WHEN 'Economic Decision Maker' THEN 'ECONOMIC_BUYER'
       WHEN 'Evaluator' THEN 'TECHNICAL_EVALUATOR' WHEN 'Technical Buyer' THEN 'TECHNICAL_EVALUATOR'
       WHEN 'Executive Sponsor' THEN 'EXECUTIVE_SPONSOR' WHEN 'Influencer' THEN 'INFLUENCER'
       WHEN 'Champion' THEN 'CHAMPION'
     END AS role
WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE'] AND role IS NOT NULL
CALL (row, role) {
  MATCH (p:Person {tenantId: $tenantId, id: row.ContactId})
  MATCH (o:Opportunity {tenantId: $tenantId, id: row.OpportunityId})
  MERGE (p)-[r:CONTACT_ROLE {role: role}]->(o)
  SET r.isPrimary = coalesce(row.IsPrimary IN ['1', 'true', 'True', 'TRUE'], false)
} IN TRANSACTIONS OF 2000 ROWS
