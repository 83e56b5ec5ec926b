// Changes an account's fields and, when asked, its parent, in one statement. $fields holds only
// the fields the caller sent (null clears one). A parent that is the account itself or one of its
// own subsidiaries (at any depth) would make a cycle: refused, nothing written.
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $id})
OPTIONAL MATCH (parent:Account {tenantId: $tenantId, id: $parentId})
WITH a, parent,
     CASE WHEN a IS NULL THEN [{entity: 'Account', id: $id}] ELSE [] END
       + CASE WHEN $parentId IS NOT NULL AND parent IS NULL THEN [{entity: 'Account', id: $parentId}] ELSE [] END AS notFound,
     head([(a)-[:SUBSIDIARY_OF]->(p:Account) | p.id]) AS oldParentId
WITH a, parent, notFound, oldParentId,
     a IS NOT NULL AND parent IS NOT NULL AND (parent = a OR EXISTS { (parent)-[:SUBSIDIARY_OF*1..]->(a) }) AS cycle
WITH a, parent, notFound, oldParentId, cycle, size(notFound) = 0 AND NOT cycle AS ok
CALL (a, parent, ok) {
  WITH a, parent WHERE ok
  SET a += $fields
  WITH a, parent
  CALL (a, parent) {
    WITH a WHERE $parentId IS NOT NULL OR $clearParent
    OPTIONAL MATCH (a)-[old:SUBSIDIARY_OF]->(:Account)
    DELETE old
  }
  CALL (a, parent) {
    WITH a, parent WHERE parent IS NOT NULL
    CREATE (a)-[:SUBSIDIARY_OF]->(parent)
  }
}
RETURN
  ok AS written,
  notFound,
  cycle,
  CASE WHEN ok THEN [x IN [$id, oldParentId, $parentId] WHERE x IS NOT NULL] ELSE [] END AS affectedAccountIds
