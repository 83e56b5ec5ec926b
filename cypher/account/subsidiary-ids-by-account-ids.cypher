UNWIND $accountIds AS accountId
MATCH (parent:Account {tenantId: $tenantId, id: accountId})
RETURN accountId, [(child:Account)-[:SUBSIDIARY_OF]->(parent) | child.id] AS subsidiaryIds
