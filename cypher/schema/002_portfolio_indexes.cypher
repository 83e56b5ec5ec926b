// Portfolio-wide reads start from "all accounts (or people) of a tenant"; these single-property
// indexes let them seek on the tenant instead of scanning the label.
CREATE INDEX account_tenant IF NOT EXISTS FOR (n:Account) ON (n.tenantId);
CREATE INDEX account_tenant_name IF NOT EXISTS FOR (n:Account) ON (n.tenantId, n.name);
CREATE INDEX account_tenant_industry IF NOT EXISTS FOR (n:Account) ON (n.tenantId, n.industry);
CREATE INDEX person_tenant_status IF NOT EXISTS FOR (n:Person) ON (n.tenantId, n.status);
CREATE INDEX person_tenant_email IF NOT EXISTS FOR (n:Person) ON (n.tenantId, n.email);
CREATE INDEX interaction_tenant_occurred IF NOT EXISTS FOR (n:Interaction) ON (n.tenantId, n.occurredAt);
CREATE INDEX subscription_tenant_renewal IF NOT EXISTS FOR (n:Subscription) ON (n.tenantId, n.renewalDate);
CREATE INDEX usage_snapshot_tenant_date IF NOT EXISTS FOR (n:UsageSnapshot) ON (n.tenantId, n.date);
CREATE INDEX support_ticket_tenant_opened IF NOT EXISTS FOR (n:SupportTicket) ON (n.tenantId, n.openedAt);
CREATE INDEX opportunity_tenant_status IF NOT EXISTS FOR (n:Opportunity) ON (n.tenantId, n.status);
CREATE INDEX plays_role_role IF NOT EXISTS FOR ()-[r:PLAYS_ROLE]-() ON (r.role);
CREATE TEXT INDEX account_name_text IF NOT EXISTS FOR (n:Account) ON (n.name);
