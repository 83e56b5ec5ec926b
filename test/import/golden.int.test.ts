import { join } from 'node:path';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { describeRejects, GOLDEN, graphCounts, importFiles } from './import-test-kit';

/**
 * Golden bad files: test/import/golden/bad-rows holds accounts and people with one problem per
 * bad row. The expected rejects are written out below, sorted by file and line.
 */
const DIR = join(GOLDEN, 'bad-rows');
const MAPPING = join(DIR, 'mapping.json');

const EXPECTED = [
  'accounts.csv:3 id=: id is required (row rejected)',
  'accounts.csv:4 employees=lots: not a whole number (row rejected)',
  'accounts.csv:5 since=31/12/2021: not a date (expected YYYY-MM-DD) (row rejected)',
  'accounts.csv:6 segment=Huge: segment must be one of ENTERPRISE, MID_MARKET, SMB (row rejected)',
  "accounts.csv:7 parent=A99: no Account 'A99' in the files or in the graph (imported without this link)",
  'accounts.csv:8 id=A1: id already used by accounts.csv line 2 with other values (the first is kept) (row rejected)',
  'accounts.csv:9 (row)=A7,Zeta, Inc,10: 7 fields where the header has 6 (row rejected)',
  "people.csv:3 account=A404: no Account 'A404' in the files or in the graph (row rejected)",
  'people.csv:4 name=: name is required (row rejected)',
  'people.csv:5 status=RETIRED: status must be one of ACTIVE, DEPARTED (row rejected)',
  // A3 (Beta) was rejected itself, so Dee's account is not there either.
  "people.csv:6 account=A3: no Account 'A3' in the files or in the graph (row rejected)",
  'people.csv:7 (row)=: unreadable CSV: Invalid Opening Quote: a quote is found on field 2 at line 7, value is "Ev" (row rejected)',
];

const sorted = (lines: string[]): string[] =>
  [...lines].sort((a, b) => {
    const [fa = '', la = ''] = a.split(/[: ]/);
    const [fb = '', lb = ''] = b.split(/[: ]/);
    return fa.localeCompare(fb) || Number(la) - Number(lb);
  });

describe('golden bad files', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('import-golden');
  });
  afterAll(() => graph.close());

  it('imports the valid rows and lists every bad one with file, line, column, value and reason', async () => {
    const tenantId = testTenant('golden');
    const { report, rejects } = await importFiles(graph.db, {
      dir: DIR,
      format: 'mapping',
      mappingFile: MAPPING,
      tenantId,
    });
    expect(sorted(describeRejects(rejects))).toEqual(EXPECTED);
    // Accounts: A1, A6 (without its parent) and A8 ('mid market' read as MID_MARKET, child of A1);
    // people: Ann and Fay ('active' read as ACTIVE).
    expect(report.perKind.accounts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 6 });
    expect(report.perKind.people).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 5 });
    expect(report.dangling).toBe(3);
    expect(await graphCounts(graph.driver, tenantId)).toEqual({
      nodes: { Account: 3, Person: 2 },
      relationships: { SUBSIDIARY_OF: 1, WORKS_AT: 2 },
    });
  });

  it('--dry-run finds the same problems and writes nothing', async () => {
    const tenantId = testTenant('golden-dry');
    const { report, rejects } = await importFiles(graph.db, {
      dir: DIR,
      format: 'mapping',
      mappingFile: MAPPING,
      tenantId,
      dryRun: true,
    });
    expect(sorted(describeRejects(rejects))).toEqual(EXPECTED);
    expect(report.perKind.accounts?.valid).toBe(3);
    expect(report.perKind.people?.valid).toBe(2);
    expect(await graphCounts(graph.driver, tenantId)).toEqual({ nodes: {}, relationships: {} });
  });

  it('--strict writes nothing unless every row is valid', async () => {
    const tenantId = testTenant('golden-strict');
    const { report } = await importFiles(graph.db, {
      dir: DIR,
      format: 'mapping',
      mappingFile: MAPPING,
      tenantId,
      strict: true,
    });
    expect(report.strictFailed).toBe(true);
    expect(await graphCounts(graph.driver, tenantId)).toEqual({ nodes: {}, relationships: {} });
  });
});
