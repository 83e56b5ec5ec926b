import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { detectRecordDelimiter, quotesAreCanonical } from './canonical-text';
import type { CsvEncoding } from './detect-encoding';
import { fastRun } from './fast-run';
import { readCsv, type CsvItem } from './read-csv';

const dir = mkdtempSync(join(tmpdir(), 'import-fast-csv-'));
let files = 0;

async function read(content: Buffer, encoding: CsvEncoding, fastPath: boolean): Promise<CsvItem[]> {
  const path = join(dir, `file-${(files += 1)}.csv`);
  writeFileSync(path, content);
  const items: CsvItem[] = [];
  for await (const item of readCsv(path, encoding, { bytes: 0 }, { fastPath })) items.push(item);
  return items;
}

/** The fast path must give what csv-parse alone gives: rows, lines, messages, in order. */
async function expectSameAsCsvParse(content: Buffer, encoding: CsvEncoding = 'utf8'): Promise<CsvItem[]> {
  const careful = await read(content, encoding, false);
  const fast = await read(content, encoding, true);
  expect(fast).toEqual(careful);
  return fast;
}

describe('readCsv: the fast path reads as csv-parse does', () => {
  const texts: [string, string][] = [
    ['LF, every field quoted', '"Id","Note"\n"1","a"\n"2","b"\n'],
    ['CRLF, LF inside a quoted field, a blank line', '"Id","Note"\r\n"1","two\nlines"\r\n\r\n"2","x"\r\n'],
    [
      'CRLF inside a quoted field of a CRLF file (csv-parse counts two lines)',
      'id,n\r\n1,"a\r\nb"\r\n2,c\r\n',
    ],
    ['CR and LF inside quoted fields of an LF file', 'id,n\n1,"a\r\rb\nc"\n2,"x\r\ny"\n3,z\n'],
    ['escaped quotes and empty quoted fields', 'id,n,m\n1,"say ""hi""",""\n2,"""",x\n'],
    ['no final line break', 'id,n\n1,a\n2,"b"'],
    ['trailing blank lines', 'id,n\n1,a\n\n\n'],
    ['rows of other widths', 'a,b\n1,2,3\n4\n5,6\n'],
    ['a stray quote in a bare field', 'a,b\n1,2\nx,ab"c\n4,5\n'],
    ['spaces after a closing quote', 'a,b\n1,"x" \n2,"y"\n'],
    ['a CR after a closing quote in an LF file', 'a,b\n1,"x"\r\n2,"y"\n'],
    ['a quote that never closes', 'id,note\n1,"broken\n2,ok\n3,ok\n'],
    ['a quote closing lines later mid-field', 'id,note\r\n0,a\r\n1,"broken\r\n2,ok\r\n3,"fine"\r\n4,ok\r\n'],
    [
      'several broken quotes and good multi-line fields',
      'id,note\n1,"a\nb"\n2,"open\n3,x\n4,"again\n5,"two\nlines"\n',
    ],
    ['a bare CR in a bare field', 'id,n\n1,a\rb\n2,c\n'],
    ['records ending in a bare CR', 'id,n\r1,a\r2,"b\rc"\r3,d\r'],
    ['a header only', '"Id","Name"\n'],
    ['an empty file', ''],
    ['one line without a break', 'id,n'],
    ['a quoted header with a BOM', '\uFEFF"Id","Name"\n"1","x"\n'],
    ['a quote opening in the header line', 'a,"b\n1,2\n'],
  ];
  it.each(texts)('%s', async (_name, text) => {
    await expectSameAsCsvParse(Buffer.from(text));
  });

  it('decodes Latin-1 and UTF-16 (with its BOM) the same way', async () => {
    const text = 'id,name\n1,"Soci\u00e9t\u00e9\nG\u00e9n\u00e9rale"\n2,\u20ac\n';
    await expectSameAsCsvParse(iconv.encode(text, 'win1252'), 'latin1');
    const utf16 = await expectSameAsCsvParse(iconv.encode(text, 'utf16le', { addBOM: true }), 'utf16le');
    expect(utf16.at(-1)).toEqual({ kind: 'row', line: 4, values: ['2', '€'] });
  });

  it('rejects a field over MAX_FIELD_BYTES with its line and column', async () => {
    const items = await expectSameAsCsvParse(Buffer.from(`id,note\n1,"a\nb"\n2,${'x'.repeat(4001)}\n3,c\n`));
    expect(items.slice(2)).toEqual([
      expect.objectContaining({ kind: 'malformed', line: 4, column: 'note' }),
      { kind: 'row', line: 5, values: ['3', 'c'] },
    ]);
  });

  it('keeps lines right across chunks, multi-line fields and a broken quote far into a large file', async () => {
    // ~3 MB: several 1 MB chunks, records cut at chunk ends, the broken quote in the third chunk.
    const build = (lineBreak: string): Buffer => {
      const rows: string[] = ['"Id","Note","Amount"'];
      for (let i = 1; i <= 30_000; i += 1) {
        const note = i % 7 === 0 ? `"line one${lineBreak}line ""two"", ${i}"` : `"note ${i}"`;
        rows.push(i === 25_000 ? `"${i}","broken,1` : `"${i}",${note},${i * 3}`);
      }
      return Buffer.from(`${rows.join('\r\n')}\r\n`);
    };
    const multiLine = Math.floor(24_999 / 7);
    // csv-parse counts a CRLF inside a quoted field as two lines, and so does the fast path; the
    // restart after the broken quote still skips to the right place (every other row is read).
    for (const [lineBreak, counted] of [
      ['\n', 1],
      ['\r\n', 2],
    ] as const) {
      const items = await expectSameAsCsvParse(build(lineBreak));
      const malformed = items.filter((item) => item.kind === 'malformed');
      expect(malformed.map((item) => item.line)).toEqual([25_001 + counted * multiLine]);
      expect(malformed[0]).toMatchObject({ message: /lines later/ });
      expect(items.filter((item) => item.kind === 'row')).toHaveLength(29_999);
      expect(items.find((item) => item.kind === 'row' && item.values[0] === '15')).toMatchObject({
        line: 16 + 2 * counted,
      });
    }
  });
});

describe('fastRun', () => {
  const rows = (count: number, broken: number | null): string =>
    [
      'id,note',
      ...Array.from({ length: count }, (_, i) =>
        i + 1 === broken ? `${i + 1},"open` : `${i + 1},"n\n${i}"`,
      ),
    ]
      .join('\n')
      .concat('\n');

  it('reads a clean file to its end by itself', async () => {
    const path = join(dir, 'clean.csv');
    writeFileSync(path, rows(100_000, null));
    const run = fastRun(path, 'utf8', { skip: 0, line: 0 }, { bytes: 0 }, []);
    let last: CsvItem | undefined;
    let count = 0;
    for await (const items of run.items) {
      count += items.length;
      last = items.at(-1);
    }
    expect(run.handoff).toBeNull();
    expect(count).toBe(100_001);
    expect(last).toEqual({ kind: 'row', line: 200_000, values: ['100000', 'n\n99999'] });
  });

  it('hands over at the first record of the chunk holding a broken quote, with its line feeds', async () => {
    const path = join(dir, 'broken.csv');
    writeFileSync(path, rows(100_000, 90_000));
    const run = fastRun(path, 'utf8', { skip: 0, line: 0 }, { bytes: 0 }, []);
    let lastRow = 0;
    for await (const items of run.items)
      for (const item of items) if (item.kind === 'row') lastRow = Number(item.values[0]);
    // Everything before the chunk with record 90,000 was read here; csv-parse goes on after it.
    expect(lastRow).toBeGreaterThan(50_000);
    expect(lastRow).toBeLessThan(90_000);
    expect(run.handoff).toEqual({ skip: 1 + 2 * lastRow, line: 1 + 2 * lastRow, delimiter: '\n' });
  });
});

describe('quotesAreCanonical', () => {
  it('accepts quotes that open fields and close before a comma or the record delimiter', () => {
    const text = '"a","b ""c""",d\n"x\ny",""\n';
    expect(quotesAreCanonical(text, text.length, '\n', false)).toBe(true);
    expect(quotesAreCanonical('"a"', 3, '\n', true)).toBe(true);
  });

  it('refuses a quote inside a bare field, text after a closing quote, or a quote left open', () => {
    expect(quotesAreCanonical('a,b"c\n', 6, '\n', false)).toBe(false);
    expect(quotesAreCanonical('"a" ,b\n', 7, '\n', false)).toBe(false);
    expect(quotesAreCanonical('"a"\r\n', 5, '\n', false)).toBe(false);
    expect(quotesAreCanonical('"a\n', 3, '\n', true)).toBe(false);
    expect(quotesAreCanonical('x\n"a"\r\n', 7, '\r\n', false)).toBe(false);
  });
});

describe('detectRecordDelimiter', () => {
  it('takes the first line break outside quotes, as csv-parse does', () => {
    expect(detectRecordDelimiter('"a\nb",c\r\nd')).toBe('\r\n');
    expect(detectRecordDelimiter('a\nb\r\n')).toBe('\n');
    expect(detectRecordDelimiter('a\rb')).toBe('\r');
    expect(detectRecordDelimiter('a,b\r')).toBeNull();
  });
});
