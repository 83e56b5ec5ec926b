import { formatSummary } from './format-summary';
import { newReport } from './import-report';

describe('formatSummary', () => {
  it('counts per label and relationship type, then says what was skipped, ignored and rejected', () => {
    const report = newReport('/tmp/rejects.csv', false, false);
    report.rowsRead = 1200;
    report.elapsedMs = 2000;
    report.rejected = 1;
    report.dangling = 1;
    report.perKind = {
      accounts: { created: 2, updated: 1, unchanged: 0, rejected: 0 },
      roleAssignments: { created: 3, updated: 0, unchanged: 4, rejected: 1 },
    };
    report.files = [
      {
        file: 'Account.csv',
        encoding: 'latin1',
        rows: 3,
        skipped: { 'Account: deleted in Salesforce (IsDeleted=1)': 1 },
        repeats: 0,
      },
    ];
    report.ignoredColumns = { 'Account.csv': ['Region__c'] };
    expect(formatSummary(report, { tenantId: 'acme', source: 'a Salesforce export' })).toBe(
      [
        "Import into tenant 'acme' from a Salesforce export",
        // 1,200 rows in 2 s
        '  1,200 rows in 1 file, 2.0 s (600 rows/s)',
        '',
        '  record                        created  updated  unchanged  rejected',
        '  Account (accounts)                  2        1          0         0',
        '  PLAYS_ROLE (roleAssignments)        3        0          4         1',
        '  total                               5        1          4         1',
        '',
        '  Account.csv: read as Latin-1; 1 skipped (Account: deleted in Salesforce (IsDeleted=1)); ignored columns: Region__c',
        '  1 reference to records neither in the files nor in the graph',
        '  1 record rejected; every problem is listed in /tmp/rejects.csv',
        '',
      ].join('\n'),
    );
  });

  it('shows what a dry run found valid, and says nothing was written', () => {
    const report = newReport('/tmp/rejects.csv', true, false);
    report.perKind = { people: { created: 0, updated: 0, unchanged: 0, rejected: 2, valid: 5 } };
    const text = formatSummary(report, { tenantId: 'acme', source: 'x' });
    expect(text).toContain("Import into tenant 'acme' from x (dry run: nothing written)");
    expect(text).toContain('  Person (people)      5         2');
  });
});
