import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths';
import { headerLine, SALESFORCE_FILES, salesforceColumns } from './salesforce-headers';

const SHARED_HEADERS = join(
  PROJECT_ROOT,
  'test',
  'fixtures',
  'public-data',
  'crm-export-formats',
  'salesforce-export-headers.txt',
);

describe('Salesforce export headers', () => {
  it('are the header lines of the real export, verbatim', () => {
    const lines = readFileSync(SHARED_HEADERS, 'utf8').split('\n');
    for (const file of SALESFORCE_FILES) {
      const title = lines.indexOf(`## ${file}.csv`);
      expect(title).toBeGreaterThanOrEqual(0);
      expect(headerLine(file)).toBe(lines[title + 1]);
    }
  });

  it('split into column names', () => {
    expect(salesforceColumns('OpportunityContactRole')).toEqual([
      'Id',
      'OpportunityId',
      'ContactId',
      'Role',
      'CreatedDate',
      'CreatedById',
      'LastModifiedDate',
      'LastModifiedById',
      'SystemModstamp',
      'IsDeleted',
      'CurrencyIsoCode',
    ]);
    // The org's own custom columns come along.
    expect(salesforceColumns('Contact')).toContain('JobLevel__c');
  });
});
