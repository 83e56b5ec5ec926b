import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { ImportSetupError } from '../import-errors';

/**
 * What the importer reads: UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode
 * text"), or Latin-1 (decoded as Windows-1252).
 */
export type CsvEncoding = 'utf8' | 'latin1' | 'utf16le' | 'utf16be';

/**
 * The iconv-lite decoder each encoding is read with (null: Node reads UTF-8 itself). Latin-1
 * files are decoded as Windows-1252: the same characters, plus the € and curly quotes that
 * "Latin-1" exports from Windows machines actually contain.
 */
export const ICONV_DECODER: Readonly<Record<CsvEncoding, string | null>> = {
  utf8: null,
  latin1: 'win1252',
  utf16le: 'utf16le',
  utf16be: 'utf16-be',
};

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

/** The encoding a byte-order mark names, if the file starts with one. */
export function encodingFromBom(start: Buffer): CsvEncoding | null {
  if (start.subarray(0, 3).equals(UTF8_BOM)) return 'utf8';
  if (start.subarray(0, 2).equals(UTF16LE_BOM)) return 'utf16le';
  if (start.subarray(0, 2).equals(UTF16BE_BOM)) return 'utf16be';
  return null;
}

/**
 * Text files have no NUL bytes (outside UTF-16) and few control characters; an image, a zip or
 * a spreadsheet saved as .xlsx has both within its first kilobytes.
 */
export function looksBinary(start: Buffer): boolean {
  const sample = start.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control / sample.length > 0.01;
}

/** How many bytes at the end of `bytes` begin a multi-byte sequence the next chunk completes. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * A file that is valid UTF-8 from end to end is UTF-8; anything else is Latin-1, which is what
 * Salesforce and Excel write on Western European systems. The whole file is checked, because a
 * single `é` in row 900,000 is enough to make it Latin-1 (the check runs at disk speed and
 * builds no strings).
 */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  let carry = Buffer.alloc(0);
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    if (first) {
      const fromBom = encodingFromBom(bytes);
      if (fromBom !== null) return fromBom;
      if (looksBinary(bytes)) {
        throw new ImportSetupError(
          `${path} is not a text file (binary content in its first bytes): export the data as CSV (UTF-8, UTF-16 with BOM or Latin-1)`,
        );
      }
    }
    first = false;
    const tail = incompleteTail(bytes);
    if (!isUtf8(bytes.subarray(0, bytes.length - tail))) return 'latin1';
    carry = Buffer.from(bytes.subarray(bytes.length - tail));
  }
  return carry.length === 0 ? 'utf8' : 'latin1';
}

/** The same rule for bytes already in memory. */
export function encodingOf(bytes: Buffer): CsvEncoding {
  return encodingFromBom(bytes) ?? (isUtf8(bytes) ? 'utf8' : 'latin1');
}
