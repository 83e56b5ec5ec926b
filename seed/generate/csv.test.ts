import { parse } from 'csv-parse/sync';
import { csvField, csvLine, salesforceDateTime } from './csv';

describe('CSV lines', () => {
  it('quotes every field in the Salesforce style, doubling quotes inside', () => {
    expect(csvLine(['001', 'Kelly "KO" O\'Brien', null, true, false, 42, ''], 'all')).toBe(
      '"001","Kelly ""KO"" O\'Brien","","1","0","42",""\n',
    );
  });

  it('quotes only what needs it in the minimal style', () => {
    expect(csvField('plain text', 'minimal')).toBe('plain text');
    expect(csvField('a,b', 'minimal')).toBe('"a,b"');
    expect(csvField('say "hi"', 'minimal')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', 'minimal')).toBe('"two\nlines"');
    // A parser that trims would lose the leading space unless it is quoted.
    expect(csvField(' padded', 'minimal')).toBe('" padded"');
    expect(csvField(null, 'minimal')).toBe('');
    expect(csvField(0.57, 'minimal')).toBe('0.57');
  });

  it('reads back as the values that were written', () => {
    const values = ['x,y', 'He said "no"', 'line\nbreak', '', ' lead', 'tail '];
    for (const style of ['all', 'minimal'] as const) {
      expect(parse(csvLine(values, style))).toEqual([values]);
    }
  });

  it('refuses numbers that would write as NaN or Infinity', () => {
    expect(() => csvField(Number.NaN, 'all')).toThrow('Not a finite number');
  });

  it('writes instants the way a Salesforce export does, in GMT without a zone', () => {
    expect(salesforceDateTime('2023-02-07T20:47:49.000Z')).toBe('2023-02-07 20:47:49');
    expect(salesforceDateTime(null)).toBe('');
    expect(() => salesforceDateTime('2023-02-07')).toThrow('Not an ISO instant');
  });
});
