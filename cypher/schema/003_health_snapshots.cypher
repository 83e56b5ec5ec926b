// Account health kept over time, and the plays it gates. Like every other label, each is unique
// per (tenantId, id); the snapshots' composite index also serves the trend's date range.
CREATE CONSTRAINT health_snapshot_key IF NOT EXISTS FOR (n:HealthSnapshot) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE INDEX health_snapshot_tenant_date IF NOT EXISTS FOR (n:HealthSnapshot) ON (n.tenantId, n.date);
CREATE CONSTRAINT play_key IF NOT EXISTS FOR (n:Play) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT play_step_key IF NOT EXISTS FOR (n:PlayStep) REQUIRE (n.tenantId, n.id) IS UNIQUE;
