// CRM opportunities by id, with their contact roles: what the opportunity mutations answer and
// node(id:) resolves.
UNWIND $ids AS id
MATCH (o:Opportunity {tenantId: $tenantId, id: id})-[:FOR_ACCOUNT]->(a:Account)
RETURN o {
  .id, .name, .type, .stage, .status, .amount, .closeDate,
  accountId: a.id,
  productId: head([(o)-[:FOR_PRODUCT]->(p:Product) | p.id]),
  owner: head([(t:TeamMember)-[:OWNS_OPPORTUNITY]->(o) | t {.id, .name, .email, .title}]),
  // The primary contact first, then by person: the same order on every read.
  contactRoles: COLLECT {
    MATCH (c:Person)-[r:CONTACT_ROLE]->(o)
    WITH c, r ORDER BY coalesce(r.isPrimary, false) DESC, c.id
    RETURN {personId: c.id, role: r.role, isPrimary: coalesce(r.isPrimary, false)}
  }
} AS record
