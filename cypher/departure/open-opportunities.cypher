// Open opportunities on which the person is a contact, with every contact on each.
MATCH (p:Person {tenantId: $tenantId, id: $personId})-[:CONTACT_ROLE]->(o:Opportunity {status: 'OPEN'})
WITH DISTINCT o
RETURN o {
  .id, .name, .amount, .stage, .closeDate,
  contacts: [(c:Person)-[r:CONTACT_ROLE]->(o) | {personId: c.id, role: r.role, isPrimary: coalesce(r.isPrimary, false)}]
} AS opportunity
ORDER BY opportunity.closeDate, opportunity.id
