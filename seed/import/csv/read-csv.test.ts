import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinOverflow } from './join-overflow';
import { readCsv, type CsvItem } from './read-csv';

async function readAll(content: Buffer, encoding: 'utf8' | 'latin1'): Promise<CsvItem[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'import-csv-')), 'file.csv');
  writeFileSync(path, content);
  const items: CsvItem[] = [];
  for await (const item of readCsv(path, encoding)) items.push(item);
  return items;
}

describe('readCsv', () => {
  it('gives each row the line it starts on, across quoted line breaks and blank lines', async () => {
    const items = await readAll(Buffer.from('"Id","Note"\r\n"1","two\nlines"\r\n\r\n"2","x"\r\n'), 'utf8');
    expect(items).toEqual([
      { kind: 'header', line: 1, values: ['Id', 'Note'] },
      { kind: 'row', line: 2, values: ['1', 'two\nlines'] },
      { kind: 'row', line: 5, values: ['2', 'x'] },
    ]);
  });

  it('strips a UTF-8 BOM from the first header name', async () => {
    const items = await readAll(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"Id"\n"1"\n')]),
      'utf8',
    );
    expect(items[0]).toEqual({ kind: 'header', line: 1, values: ['Id'] });
  });

  it('decodes Latin-1', async () => {
    const items = await readAll(
      Buffer.from('"Name"\n"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"\n', 'latin1'),
      'latin1',
    );
    expect(items[1]).toEqual({ kind: 'row', line: 2, values: ['Société Générale'] });
  });

  it('passes rows of the wrong width on and reports an unreadable one with its line', async () => {
    const items = await readAll(Buffer.from('a,b\n1,2,3\nx,ab"c\n4,5\n'), 'utf8');
    expect(items[1]).toEqual({ kind: 'row', line: 2, values: ['1', '2', '3'] });
    expect(items[2]).toMatchObject({ kind: 'malformed', line: 3 });
    expect(items.at(-1)).toEqual({ kind: 'row', line: 4, values: ['4', '5'] });
  });
});

describe('readCsv after a broken quote', () => {
  it('reads every row after a quote that never closes, and lists the line it opened on', async () => {
    const items = await readAll(Buffer.from('id,note\n1,"broken\n2,ok\n3,ok\n'), 'utf8');
    expect(items.map((item) => [item.kind, item.line])).toEqual([
      ['header', 1],
      ['malformed', 2],
      ['row', 3],
      ['row', 4],
    ]);
    expect(items[1]).toMatchObject({ message: /never closed.*line 3/ });
    expect(items.slice(2)).toEqual([
      { kind: 'row', line: 3, values: ['2', 'ok'] },
      { kind: 'row', line: 4, values: ['3', 'ok'] },
    ]);
  });

  it('resyncs when a quote closes lines later in the middle of a field, keeping the rows in between', async () => {
    const items = await readAll(
      Buffer.from('id,note\r\n0,a\r\n1,"broken\r\n2,ok\r\n3,"fine"\r\n4,ok\r\n'),
      'utf8',
    );
    expect(items.filter((item) => item.kind === 'row')).toEqual([
      { kind: 'row', line: 2, values: ['0', 'a'] },
      { kind: 'row', line: 4, values: ['2', 'ok'] },
      { kind: 'row', line: 5, values: ['3', 'fine'] },
      { kind: 'row', line: 6, values: ['4', 'ok'] },
    ]);
    const malformed = items.filter((item) => item.kind === 'malformed');
    expect(malformed.map((item) => item.line)).toEqual([3]);
    expect(malformed[0]).toMatchObject({ message: /lines later/ });
  });

  it('lists each of several broken quotes and keeps the multi-line fields that are fine', async () => {
    const text = 'id,note\n1,"a\nb"\n2,"open\n3,x\n4,"again\n5,"two\nlines"\n';
    const items = await readAll(Buffer.from(text), 'utf8');
    expect(items.filter((item) => item.kind === 'malformed').map((item) => item.line)).toEqual([4, 6]);
    expect(items.filter((item) => item.kind === 'row')).toEqual([
      { kind: 'row', line: 2, values: ['1', 'a\nb'] },
      { kind: 'row', line: 5, values: ['3', 'x'] },
      { kind: 'row', line: 7, values: ['5', 'two\nlines'] },
    ]);
  });

  it('resyncs in a decoded (Latin-1) file too', async () => {
    const items = await readAll(
      Buffer.from('id,name\n1,"Soci\u00e9t\u00e9\n2,G\u00e9n\u00e9rale\n', 'latin1'),
      'latin1',
    );
    expect(items.at(-1)).toEqual({ kind: 'row', line: 3, values: ['2', 'Générale'] });
    expect(items[1]).toMatchObject({ kind: 'malformed', line: 2 });
  });
});

describe('joinOverflow', () => {
  it('joins the fields an unquoted comma split back into the named column', () => {
    // Northwind: "24, place Kléber" in the address column (index 1) of a 4-column header.
    expect(joinOverflow(['BLONP', '24', ' place Kléber', 'Strasbourg', 'France'], 4, 1)).toEqual([
      'BLONP',
      '24, place Kléber',
      'Strasbourg',
      'France',
    ]);
    expect(joinOverflow(['a', 'b'], 2, 0)).toEqual(['a', 'b']);
  });
});
