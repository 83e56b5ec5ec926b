// Stored, explained scores: one AccountScore node per account holds its current health,
// threading risk and signal summaries with when and under which configuration they were computed,
// and whether an input changed since (stale). Portfolio views page through these indexes instead
// of scoring every account per request.
CREATE CONSTRAINT account_score_key IF NOT EXISTS FOR (n:AccountScore) REQUIRE (n.tenantId, n.accountId) IS UNIQUE;
CREATE INDEX account_score_health IF NOT EXISTS FOR (n:AccountScore) ON (n.tenantId, n.healthRank);
CREATE INDEX account_score_threading IF NOT EXISTS FOR (n:AccountScore) ON (n.tenantId, n.threadingScore);
CREATE INDEX account_score_churn IF NOT EXISTS FOR (n:AccountScore) ON (n.tenantId, n.churnCount);
CREATE INDEX account_score_expansion IF NOT EXISTS FOR (n:AccountScore) ON (n.tenantId, n.expansionCount);
CREATE INDEX account_score_tenant_stale IF NOT EXISTS FOR (n:AccountScore) ON (n.tenantId, n.stale);
// The worker's queue across tenants, and its daily aging pass.
CREATE INDEX account_score_stale IF NOT EXISTS FOR (n:AccountScore) ON (n.stale);
CREATE INDEX account_score_as_of IF NOT EXISTS FOR (n:AccountScore) ON (n.asOf);
// One lease per background job: in a cluster only the instance holding it runs the job.
CREATE CONSTRAINT worker_lease_name IF NOT EXISTS FOR (n:WorkerLease) REQUIRE n.name IS UNIQUE;
