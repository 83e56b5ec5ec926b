import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { copyOf, describeRejects, FIXTURES, importFiles } from '../import/import-test-kit';

jest.setTimeout(300_000);

const COMPANIES = 'hubspot-crm-exports-all-companies-2024-05-02.csv';

/** The HubSpot fixture with its companies file replaced by `bytes`. */
function withCompanies(bytes: Buffer): string {
  const dir = copyOf(join(FIXTURES, 'hubspot'));
  writeFileSync(join(dir, COMPANIES), bytes);
  return dir;
}

const original = () => readFileSync(join(FIXTURES, 'hubspot', COMPANIES), 'utf8');

describe('the importer on bad files', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('import-bad-files');
  });
  afterAll(() => graph.close());

  it('rejects a row with a field too long to store, with its line and column, and keeps the rest', async () => {
    const lines = original().trimEnd().split('\n');
    const long = `9009,${'Overlong Name '.repeat(700)},Dana Reyes,2023-01-09 10:12,,,,,,,,,`;
    const dir = withCompanies(Buffer.from([...lines, long].join('\n') + '\n'));
    const { report, rejects } = await importFiles(graph.db, {
      dir,
      format: 'hubspot',
      tenantId: testTenant('long'),
    });
    expect(report.perKind.accounts).toMatchObject({ created: 3 });
    // Each entry reading the file (accounts, owners, coverage) reports the row: one distinct line.
    const rejected = [...new Set(describeRejects(rejects).filter((r) => r.includes('companies')))];
    expect(rejected).toEqual([
      expect.stringMatching(
        /companies-2024-05-02\.csv:5 Company name=: field 'Company name' is 9800 bytes long, over the 4000/,
      ),
    ]);
  });

  it('keeps the rows around a broken quote and lists the one dropped, with its line', async () => {
    const [head, first, second, third] = original().trimEnd().split('\n');
    // Line 3 opens a quote that never closes: without a resync it swallows lines 4-6.
    const broken = '9010,"Unclosed Quote Ltd,Dana Reyes,2023-01-09 10:12,,,,,,,,,';
    const after = '9011,Afterwards Inc,Dana Reyes,2023-01-09 10:12,,,,,,,,,';
    const dir = withCompanies(Buffer.from([head, first, broken, second, third, after].join('\n') + '\n'));
    const { report, rejects } = await importFiles(graph.db, {
      dir,
      format: 'hubspot',
      tenantId: testTenant('quote'),
    });
    expect(report.perKind.accounts).toMatchObject({ created: 4 });
    const rejected = [...new Set(describeRejects(rejects).filter((r) => r.includes('companies')))];
    expect(rejected).toEqual([
      expect.stringMatching(/companies-2024-05-02\.csv:3 .*never closed.*resumes on line 4/),
    ]);
  });

  it('reads a UTF-16 file by its byte-order mark and reports the encoding', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original(), 'utf16le')]);
    const { report, rejects } = await importFiles(graph.db, {
      dir: withCompanies(utf16),
      format: 'hubspot',
      tenantId: testTenant('utf16'),
    });
    expect(report.files.find((f) => f.file === COMPANIES)?.encoding).toBe('utf16le');
    expect(report.perKind.accounts).toMatchObject({ created: 3, rejected: 0 });
    expect(describeRejects(rejects).filter((r) => r.includes('companies'))).toEqual([]);
  });

  it('refuses binary input instead of importing it', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expect(
      importFiles(graph.db, { dir: withCompanies(junk), format: 'hubspot', tenantId: testTenant('junk') }),
    ).rejects.toThrow(/is not a text file/);
  });
});
