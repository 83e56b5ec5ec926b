// Which of $ids are already records of $kind in the tenant (a dry run or --strict checks
// references to records an earlier import wrote). The kind comes from a closed list.
UNWIND $ids AS id
WITH id
WHERE CASE $kind
  WHEN 'accounts' THEN EXISTS { MATCH (:Account {tenantId: $tenantId, id: id}) }
  WHEN 'businessUnits' THEN EXISTS { MATCH (:BusinessUnit {tenantId: $tenantId, id: id}) }
  WHEN 'people' THEN EXISTS { MATCH (:Person {tenantId: $tenantId, id: id}) }
  WHEN 'teamMembers' THEN EXISTS { MATCH (:TeamMember {tenantId: $tenantId, id: id}) }
  WHEN 'products' THEN EXISTS { MATCH (:Product {tenantId: $tenantId, id: id}) }
  WHEN 'competitors' THEN EXISTS { MATCH (:Competitor {tenantId: $tenantId, id: id}) }
  WHEN 'subscriptions' THEN EXISTS { MATCH (:Subscription {tenantId: $tenantId, id: id}) }
  WHEN 'opportunities' THEN EXISTS { MATCH (:Opportunity {tenantId: $tenantId, id: id}) }
  ELSE false
END
RETURN id
