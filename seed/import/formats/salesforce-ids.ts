/**
 * Ids the Salesforce importer gives records that a Salesforce export has no Id for. Other
 * writers (the portfolio generator's extras files) import these so their rows point at the same
 * nodes. Salesforce's own records keep their 18-character Ids unchanged.
 */

/**
 * A business unit derived from `Contact.Department`: one per account and department name
 * (whitespace collapsed, case kept), e.g. `0015g00000AbCdEAAV/Finance`.
 */
export function salesforceBusinessUnitId(accountId: string, department: string): string {
  return `${accountId.trim()}/${department.trim()}`.replace(/\s+/g, ' ');
}

/** The Salesforce id prefixes (key prefixes) the importer recognises in polymorphic lookups. */
export const SALESFORCE_KEY_PREFIXES = {
  account: '001',
  contact: '003',
  user: '005',
  opportunity: '006',
  lead: '00Q',
} as const;
