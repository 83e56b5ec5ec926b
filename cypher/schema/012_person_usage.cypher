// Per-person product usage readings: tenant-scoped key, and the reading date that "latest reading
// on or before a day" filters on.
CREATE CONSTRAINT person_usage_key IF NOT EXISTS FOR (n:PersonUsage) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE INDEX person_usage_date IF NOT EXISTS FOR (n:PersonUsage) ON (n.tenantId, n.date);
