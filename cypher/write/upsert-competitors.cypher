// A competitor's ALTERNATIVE_TO list is replaced as a whole; product ids not in the graph are
// reported as missing and remembered in the stored stamp, so a later run links them.
UNWIND $rows AS row
OPTIONAL MATCH (old:Competitor {tenantId: $tenantId, id: row.id})
WITH row, old,
     [productId IN row.alternativeToProductIds
      WHERE NOT EXISTS { MATCH (:Product {tenantId: $tenantId, id: productId}) } | 'alternativeToProductIds:' + productId] AS missing
WITH row, old, missing, row.sourceHash + reduce(s = '', m IN missing | s + '|' + m) AS stamp
WITH row, missing, stamp,
     CASE WHEN old IS NULL THEN 'created' WHEN row.keepExisting THEN 'unchanged' WHEN old.sourceHash = stamp THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, stamp, outcome) {
  WITH * WHERE outcome <> 'unchanged'
  MERGE (c:Competitor {tenantId: $tenantId, id: row.id})
  SET c.name = row.name, c.sourceHash = stamp
  WITH c, row
  CALL (c, row) {
    OPTIONAL MATCH (c)-[old:ALTERNATIVE_TO]->(p:Product)
    WHERE NOT p.id IN row.alternativeToProductIds
    DELETE old
  }
  CALL (c, row) {
    UNWIND row.alternativeToProductIds AS productId
    MATCH (p:Product {tenantId: $tenantId, id: productId})
    MERGE (c)-[:ALTERNATIVE_TO]->(p)
  }
}
// One row back per batch: the counts, and only the rows with something to report.
WITH row, outcome, missing
RETURN count(CASE outcome WHEN 'created' THEN 1 END) AS created,
       count(CASE outcome WHEN 'updated' THEN 1 END) AS updated,
       count(CASE outcome WHEN 'unchanged' THEN 1 END) AS unchanged,
       count(CASE outcome WHEN 'rejected' THEN 1 END) AS rejected,
       collect(CASE WHEN outcome = 'rejected' OR size(missing) > 0
               THEN {ref: row.ref, outcome: outcome, missing: missing} END) AS reported
