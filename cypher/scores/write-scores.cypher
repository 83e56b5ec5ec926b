// Stores freshly computed scores. The mark is cleared only when nothing changed the account since
// its inputs were read ($version still current); otherwise the new scores are kept but the account
// stays stale for the next pass. Sort keys: healthRank = score (101: not scorable), threadingScore
// (-1: not scored), signal counts, whitespaceValue (-1: not in the portfolio read); archived
// mirrors the account's archivedAt for the portfolio pages. The account's expansion opportunities
// replace its previous ones (one OpportunityScore node each) in the same transaction.
UNWIND $scores AS row
MATCH (a:Account {tenantId: $tenantId, id: row.accountId})
USING INDEX SEEK a:Account(tenantId, id)
MERGE (s:AccountScore {tenantId: $tenantId, accountId: a.id})
  ON CREATE SET s.version = 0
SET s.stale = s.version <> row.version
SET s.staleSince = CASE WHEN s.stale THEN s.staleSince ELSE null END,
  s.staleCause = CASE WHEN s.stale THEN s.staleCause ELSE null END,
  s.computedAt = $computedAt,
  s.asOf = $asOf,
  s.configVersion = $configVersion,
  s.healthConfigVersion = row.healthConfigVersion,
  s.healthScore = row.healthScore,
  s.healthBand = row.healthBand,
  s.healthRank = row.healthRank,
  s.healthJson = row.healthJson,
  s.healthSummaryJson = row.healthSummaryJson,
  s.threadingScore = row.threadingScore,
  s.threadingLevel = row.threadingLevel,
  s.arr = row.arr,
  s.riskWeightedArr = row.riskWeightedArr,
  s.threadingJson = row.threadingJson,
  s.churnCount = row.churnCount,
  s.churnJson = row.churnJson,
  s.churnSummaryJson = row.churnSummaryJson,
  s.expansionCount = row.expansionCount,
  s.expansionJson = row.expansionJson,
  s.expansionSummaryJson = row.expansionSummaryJson,
  s.whitespaceValue = row.whitespaceValue,
  s.whitespaceJson = row.whitespaceJson,
  s.opportunityCount = size(row.opportunities),
  s.archived = a.archivedAt IS NOT NULL
WITH s, row, a
CALL (row) {
  MATCH (old:OpportunityScore {tenantId: $tenantId, accountId: row.accountId})
  DETACH DELETE old
}
CALL (row, a) {
  UNWIND row.opportunities AS opp
  CREATE (o:OpportunityScore {tenantId: $tenantId, id: opp.id})
  SET o.accountId = row.accountId,
    o.status = opp.status,
    o.statusOrder = opp.statusOrder,
    o.sizeRank = opp.sizeRank,
    o.json = opp.json,
    o.archived = a.archivedAt IS NOT NULL
}
RETURN count(s) AS written, sum(CASE WHEN s.stale THEN 1 ELSE 0 END) AS stillStale
