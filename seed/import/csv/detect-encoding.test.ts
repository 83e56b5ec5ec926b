import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectEncoding, encodingOf } from './detect-encoding';

describe('detectEncoding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-encoding-'));
  const write = (name: string, bytes: Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('reads valid UTF-8, with or without a BOM, as UTF-8', async () => {
    expect(await detectEncoding(write('plain.csv', Buffer.from('"Name"\n"Société"\n', 'utf8')))).toBe('utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"Name"\n"Zoë"\n', 'utf8')]);
    expect(await detectEncoding(write('bom.csv', bom))).toBe('utf8');
  });

  it('reads a file with one byte that is not UTF-8 as Latin-1', async () => {
    // 0xE9 is é in Latin-1; alone it is not a valid UTF-8 sequence.
    expect(
      await detectEncoding(write('latin1.csv', Buffer.from('"Name"\n"Soci\u00e9t\u00e9"\n', 'latin1'))),
    ).toBe('latin1');
  });

  it('finds the one Latin-1 byte far beyond the first chunk', async () => {
    const ascii = Buffer.alloc(3 * 1024 * 1024, 0x61);
    expect(await detectEncoding(write('late.csv', Buffer.concat([ascii, Buffer.from([0xe9, 0x0a])])))).toBe(
      'latin1',
    );
  });

  it('accepts a multi-byte character split across two chunks', async () => {
    // 1 MiB chunks: 'é' (C3 A9) straddles the boundary.
    const bytes = Buffer.concat([Buffer.alloc(1024 * 1024 - 1, 0x61), Buffer.from('é\n', 'utf8')]);
    expect(await detectEncoding(write('straddle.csv', bytes))).toBe('utf8');
  });

  it('applies the same rule to bytes in memory', () => {
    expect(encodingOf(Buffer.from('Zoë', 'utf8'))).toBe('utf8');
    expect(encodingOf(Buffer.from('Zoë', 'latin1'))).toBe('latin1');
  });
});
