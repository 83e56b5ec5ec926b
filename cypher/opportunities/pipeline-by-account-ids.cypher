// Open opportunities of $types on each account: the CRM's own record that a customer is buying,
// with the product and everyone in a contact role on it. Product and contacts are reached from
// the (tenant-scoped) opportunity, with no tenant predicate of their own: with one, the planner
// may seek every person of the tenant per opportunity and join them to it.
UNWIND $accountIds AS accountId
MATCH (a:Account {tenantId: $tenantId, id: accountId})<-[:FOR_ACCOUNT]-(o:Opportunity {tenantId: $tenantId})
USING INDEX SEEK a:Account(tenantId, id)
WHERE o.status = 'OPEN' AND o.type IN $types
RETURN accountId,
       o {
         .id, .name, .type, .stage, .amount, .closeDate,
         accountId: accountId,
         productId: head([(o)-[:FOR_PRODUCT]->(p:Product) | p.id]),
         contacts: [(c:Person)-[r:CONTACT_ROLE]->(o) |
                    {personId: c.id, name: c.name, role: r.role, isPrimary: coalesce(r.isPrimary, false)}]
       } AS opportunity
ORDER BY accountId, opportunity.closeDate, opportunity.id
