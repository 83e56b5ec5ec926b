// salesforce/Contact.csv -> Person -WORKS_AT-> Account, -MEMBER_OF-> BusinessUnit. Seniority from
// the title by the importer's rules (seed/import/mapping/seniority.ts), in the same order; a hard
// bounce (the mailbox is gone) marks a departure on the bounce date.
// USING INDEX SEEK (a plain USING INDEX let the planner scan the whole index, sometimes 10x
// slower): planned on a near-empty store, Neo4j would pick account_tenant and scan the
// tenant's accounts for every row.
LOAD CSV WITH HEADERS FROM 'file:///salesforce/Contact.csv' AS row
WITH row WHERE NOT row.IsDeleted IN ['1', 'true', 'True', 'TRUE']
CALL (row) {
  WITH row, nullIf(trim(row.Title), '') AS title,
       row.EmailBouncedReason =~ '(?i).*(5\\.1\\.[0-9]|\\b55[0-4]\\b|unknown|does not exist|no such|invalid recipient|disabled).*' AS departed
  MATCH (a:Account {tenantId: $tenantId, id: row.AccountId})
  USING INDEX SEEK a:Account(tenantId, id)
  MERGE (p:Person {tenantId: $tenantId, id: row.Id})
  SET p.name = trim(row.FirstName + ' ' + row.LastName),
      p.email = nullIf(row.Email, ''),
      p.title = title,
      p.seniority = CASE
        WHEN title IS NULL THEN null
        WHEN title =~ '(?i).*\\b(assistant|coordinator|intern|trainee)\\b.*' THEN 'INDIVIDUAL_CONTRIBUTOR'
        WHEN title =~ '(?i).*\\b(vice[- ]president|svp|evp|vp)\\b.*' THEN 'VP'
        WHEN title =~ '(?i).*\\b(chief|ceo|cfo|cto|coo|cio|ciso|cmo|cro|president|owner|founder|co-founder|managing director)\\b.*' THEN 'C_LEVEL'
        WHEN title =~ '(?i).*\\b(director|head of|head)\\b.*' THEN 'DIRECTOR'
        WHEN title =~ '(?i).*\\b(manager|lead|supervisor|principal)\\b.*' THEN 'MANAGER'
        ELSE 'INDIVIDUAL_CONTRIBUTOR'
      END,
      p.department = nullIf(row.Department, ''),
      p.status = CASE WHEN departed THEN 'DEPARTED' ELSE 'ACTIVE' END,
      p.departedAt = CASE WHEN departed THEN date(left(row.EmailBouncedDate, 10)) END
  MERGE (p)-[:WORKS_AT]->(a)
  WITH p, row
  CALL (p, row) {
    MATCH (u:BusinessUnit {tenantId: $tenantId, id: row.AccountId + '/' + row.Department})
    MERGE (p)-[:MEMBER_OF]->(u)
  }
} IN TRANSACTIONS OF 2000 ROWS
