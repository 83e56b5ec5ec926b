import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

/** What the importer reads: UTF-8 (with or without BOM) or Latin-1 (decoded as Windows-1252). */
export type CsvEncoding = 'utf8' | 'latin1';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

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
    if (first && bytes.subarray(0, 3).equals(UTF8_BOM)) return 'utf8';
    first = false;
    const tail = incompleteTail(bytes);
    if (!isUtf8(bytes.subarray(0, bytes.length - tail))) return 'latin1';
    carry = Buffer.from(bytes.subarray(bytes.length - tail));
  }
  return carry.length === 0 ? 'utf8' : 'latin1';
}

/** The same rule for bytes already in memory. */
export function encodingOf(bytes: Buffer): CsvEncoding {
  return bytes.subarray(0, 3).equals(UTF8_BOM) || isUtf8(bytes) ? 'utf8' : 'latin1';
}
