// The portfolio whitespace and expansion opportunity views read what the score worker stored:
// each account's whitespace value on its AccountScore (sorted by value) and its expansion
// opportunities as OpportunityScore nodes (sorted by size, optionally of one status), replaced
// per account when it is re-scored.
CREATE INDEX account_score_whitespace IF NOT EXISTS FOR (n:AccountScore) ON (n.tenantId, n.whitespaceValue);
CREATE CONSTRAINT opportunity_score_key IF NOT EXISTS FOR (n:OpportunityScore) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE INDEX opportunity_score_account IF NOT EXISTS FOR (n:OpportunityScore) ON (n.tenantId, n.accountId);
CREATE INDEX opportunity_score_size IF NOT EXISTS FOR (n:OpportunityScore) ON (n.tenantId, n.sizeRank);
CREATE INDEX opportunity_score_status_size IF NOT EXISTS FOR (n:OpportunityScore) ON (n.tenantId, n.status, n.sizeRank);
