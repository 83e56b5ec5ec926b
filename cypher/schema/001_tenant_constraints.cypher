// Every node belongs to a tenant; ids are unique within it. Each constraint is backed by a
// composite range index on (tenantId, id), which is what every lookup by id seeks on.
CREATE CONSTRAINT account_key IF NOT EXISTS FOR (n:Account) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT business_unit_key IF NOT EXISTS FOR (n:BusinessUnit) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT team_member_key IF NOT EXISTS FOR (n:TeamMember) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT interaction_key IF NOT EXISTS FOR (n:Interaction) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT product_key IF NOT EXISTS FOR (n:Product) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT subscription_key IF NOT EXISTS FOR (n:Subscription) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT usage_snapshot_key IF NOT EXISTS FOR (n:UsageSnapshot) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT support_ticket_key IF NOT EXISTS FOR (n:SupportTicket) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT nps_response_key IF NOT EXISTS FOR (n:NpsResponse) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT opportunity_key IF NOT EXISTS FOR (n:Opportunity) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT competitor_key IF NOT EXISTS FOR (n:Competitor) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT objective_key IF NOT EXISTS FOR (n:Objective) REQUIRE (n.tenantId, n.id) IS UNIQUE;
CREATE CONSTRAINT schema_migration_key IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.version IS UNIQUE;
CREATE CONSTRAINT demo_seed_key IF NOT EXISTS FOR (n:DemoSeed) REQUIRE n.tenantId IS UNIQUE;
