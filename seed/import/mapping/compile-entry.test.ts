import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import { compileEntry, type BuildResult, type EntryContext } from './compile-entry';
import type { FileEntry, LookupSpec } from './mapping-types';

const ORDERS = new Map([['10248', 'VINET']]);

function context(header: string[], overrides: Partial<EntryContext> = {}): EntryContext {
  return {
    header,
    strictColumns: true,
    nullValues: ['', 'NULL'],
    lookup: (spec: LookupSpec) => (spec.file === 'orders.csv' ? ORDERS : new Map()),
    prefixOf: (kind: RecordKind) => ({ accounts: 'acc-', teamMembers: 'tm-' })[kind as string] ?? '',
    ...overrides,
  };
}

function build(
  entry: FileEntry,
  header: string[],
  row: string[],
  overrides: Partial<EntryContext> = {},
): BuildResult {
  return compileEntry(entry, context(header, overrides)).build(row);
}

const records = (result: BuildResult): unknown[] =>
  'items' in result ? result.items.map((item) => (item.ok ? item.record : item.problems)) : [result];

describe('compileEntry', () => {
  const accounts: FileEntry = {
    file: 'accounts.csv',
    record: 'accounts',
    idPrefix: 'acc-',
    fields: {
      id: 'id',
      name: { template: '{first} {last}' },
      industry: { column: 'sector', map: { technolgy: 'technology' }, unmapped: 'keep' },
      segment: {
        column: 'employees',
        ranges: [{ below: 100, value: 'SMB' }, { below: 1000, value: 'mid market' }, { value: 'ENTERPRISE' }],
      },
      employeeCount: 'employees',
      annualRevenue: { column: 'revenue', multiply: 1_000_000 },
      parentId: 'parent',
      customerSince: { column: 'since', format: 'M/D/YYYY' },
    },
  };
  const header = ['id', 'first', 'last', 'sector', 'employees', 'revenue', 'parent', 'since'];

  it('builds a record in schema order: templates, maps, ranges, types, prefixes', () => {
    const result = build(accounts, header, [
      'A1',
      ' Acme ',
      'NULL',
      'technolgy',
      '450',
      '1.5',
      'A0',
      '3/1/2020',
    ]);
    // 450 employees: below 1000 → "mid market", normalised to MID_MARKET; 1.5 M × 1,000,000 = 1,500,000.
    expect(records(result)).toEqual([
      {
        id: 'acc-A1',
        name: 'Acme',
        industry: 'technology',
        segment: 'MID_MARKET',
        region: null,
        employeeCount: 450,
        annualRevenue: 1_500_000,
        website: null,
        parentId: 'acc-A0',
        customerSince: '2020-03-01',
      },
    ]);
  });

  it('lists every bad value of a row with its column, value and reason', () => {
    const result = build(accounts, header, ['', 'x', 'y', 'retail', 'many', '', '', '2020-03-01']);
    expect(records(result)).toEqual([
      [
        { column: 'id', value: '', reason: 'id is required' },
        { column: 'employees', value: 'many', reason: 'not a number' },
        { column: 'employees', value: 'many', reason: 'not a whole number' },
        { column: 'since', value: '2020-03-01', reason: 'not a date in format M/D/YYYY' },
      ],
    ]);
  });

  it('rejects an unmapped value unless told otherwise, and checks vocabularies', () => {
    const opportunities: FileEntry = {
      file: 'pipeline.csv',
      record: 'opportunities',
      fields: {
        id: 'id',
        accountId: 'account',
        name: 'id',
        type: { value: 'new business' },
        stage: 'stage',
        status: { column: 'stage', map: { Won: 'WON', Lost: 'LOST' } },
      },
    };
    const result = build(opportunities, ['id', 'account', 'stage'], ['O1', 'A1', 'Engaging']);
    expect(records(result)).toEqual([
      [{ column: 'stage', value: 'Engaging', reason: 'unmapped value (expected one of: Won, Lost)' }],
    ]);
    const typed = build(
      { ...opportunities, fields: { ...opportunities.fields, status: { value: 'PENDING' } } },
      ['id', 'account', 'stage'],
      ['O1', 'A1', 'Won'],
    );
    expect(records(typed)).toEqual([
      [{ column: '(constant)', value: 'PENDING', reason: 'status must be one of OPEN, WON, LOST' }],
    ]);
  });

  it('looks values up in another file, takes the first that gives one, and computes formulas', () => {
    const lines: FileEntry = {
      file: 'order-details.csv',
      record: 'opportunities',
      fields: {
        id: { template: '{orderID}-{productID}' },
        accountId: {
          firstOf: [
            'customer',
            { column: 'orderID', lookup: { file: 'orders.csv', key: 'orderID', value: 'customerID' } },
          ],
        },
        name: { template: 'Order {orderID}' },
        type: { value: 'NEW_BUSINESS' },
        stage: { value: 'Closed Won' },
        status: { value: 'WON' },
        // 9.8 × 10 × (1 − 0.05) = 93.1, without floating-point noise
        amount: { formula: '{unitPrice} * {quantity} * (1 - {discount})' },
      },
    };
    const result = build(
      lines,
      ['orderID', 'productID', 'customer', 'unitPrice', 'quantity', 'discount'],
      ['10248', '42', '', '9.80', '10', '0.05'],
    );
    expect(records(result)).toEqual([
      {
        id: '10248-42',
        accountId: 'acc-VINET',
        productId: null,
        ownerId: null,
        name: 'Order 10248',
        type: 'NEW_BUSINESS',
        stage: 'Closed Won',
        status: 'WON',
        amount: 93.1,
        closeDate: null,
      },
    ]);
  });

  it('skips rows a where clause leaves out, and says why', () => {
    const entry: FileEntry = {
      ...accounts,
      where: { column: 'sector', notIn: ['retail'], reason: 'not our market' },
    };
    expect(build(entry, header, ['A1', 'a', 'b', 'retail', '1', '1', '', ''])).toEqual({
      skipped: 'not our market',
    });
  });

  it('makes one record per element of a forEach column, splitting lists and matching patterns', () => {
    const roles: FileEntry = {
      file: 'contacts.csv',
      record: 'roleAssignments',
      forEach: { column: 'roles', split: ';' },
      fields: {
        personId: 'id',
        accountId: { column: 'companies', split: 'auto', pick: 'first' },
        role: { column: 'roles', map: { Champion: 'CHAMPION', 'Budget Holder': 'ECONOMIC_BUYER' } },
        since: 'created',
        source: { value: 'hubspot' },
      },
    };
    const result = build(
      roles,
      ['id', 'companies', 'roles', 'created'],
      ['7', '11, 12', 'Champion;Budget Holder', '2024-05-01 09:00'],
    );
    expect(records(result)).toEqual([
      {
        personId: '7',
        accountId: 'acc-11',
        role: 'CHAMPION',
        since: '2024-05-01',
        until: null,
        source: 'hubspot',
      },
      {
        personId: '7',
        accountId: 'acc-11',
        role: 'ECONOMIC_BUYER',
        since: '2024-05-01',
        until: null,
        source: 'hubspot',
      },
    ]);
    expect(build(roles, ['id', 'companies', 'roles', 'created'], ['7', '11', '', '2024-05-01'])).toEqual({
      skipped: 'no value in roles',
    });
  });

  it('fails at once on a column the file does not have, unless the format tolerates it', () => {
    expect(() => compileEntry(accounts, context(['id']))).toThrow("accounts.csv has no column 'first'");
    const lenient = build(accounts, ['id', 'first'], ['A1', 'Acme'], { strictColumns: false });
    expect(records(lenient)[0]).toMatchObject({ id: 'acc-A1', name: 'Acme', employeeCount: null });
  });
});
